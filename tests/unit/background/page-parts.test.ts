import { describe, expect, it } from 'vitest';
import { PageParts } from '../../../src/background/page-parts';

describe('the parts of a large page', () => {
  it('are joined in order and forgotten once taken', () => {
    const parts = new PageParts(100);
    expect(parts.add('tab1:0:a', '<html><body>')).toBe(true);
    expect(parts.add('tab2:0:a', 'other tab')).toBe(true);
    expect(parts.add('tab1:0:a', '<p>Fares rise 9%</p>')).toBe(true);
    expect(parts.take('tab1:0:a')).toBe('<html><body><p>Fares rise 9%</p>');
    expect(parts.take('tab1:0:a')).toBeNull();
    expect(parts.take('tab2:0:a')).toBe('other tab');
  });

  it('stop at the size limit, and drop what came before', () => {
    const parts = new PageParts(10);
    expect(parts.add('k', '123456')).toBe(true);
    expect(parts.add('k', '7890ab')).toBe(false);
    expect(parts.take('k')).toBeNull();
  });

  it('expire when the page never asked to be read', () => {
    let now = 0;
    const parts = new PageParts(100, () => now);
    parts.add('left', 'half a page');
    now = 61_000;
    parts.add('new', 'x');
    expect(parts.take('left')).toBeNull();
    expect(parts.take('new')).toBe('x');
  });

  it('keep a bounded number of pages waiting', () => {
    const parts = new PageParts(100);
    for (let i = 0; i < 20; i++) parts.add(`k${i}`, 'x');
    expect(parts.take('k0')).toBeNull();
    expect(parts.take('k19')).toBe('x');
  });
});
