import { describe, expect, it } from 'vitest';
import { cloneWithLiveMap } from '../../../src/core/reader/live-resolver';
import { page } from './helpers';

describe('clone-to-live text node map', () => {
  const doc = page('<html><body><p>First words.</p><p>Repeated line.</p><p>Middle.</p><p>Repeated line.</p></body></html>');
  const live = Array.from(doc.querySelectorAll('p')).map((p) => p.firstChild as Text);
  const { clone, toLive } = cloneWithLiveMap(doc);

  it('a cloned node maps to its live twin', () => {
    expect(toLive(clone.querySelectorAll('p')[2]!.firstChild as Text)).toBe(live[2]);
  });

  it('a rebuilt node (as after a Readability retry) is aligned by text', () => {
    const body = clone.body;
    body.innerHTML = body.innerHTML; // new nodes, in no map
    const rebuilt = Array.from(clone.querySelectorAll('p')).map((p) => p.firstChild as Text);
    expect(toLive(rebuilt[0]!)).toBe(live[0]);
  });

  it('repeated text aligns in document order', () => {
    const rebuilt = Array.from(clone.querySelectorAll('p')).map((p) => p.firstChild as Text);
    expect([toLive(rebuilt[1]!), toLive(rebuilt[2]!), toLive(rebuilt[3]!)]).toEqual([live[1], live[2], live[3]]);
  });
});
