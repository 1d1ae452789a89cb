// Embedded posts: a tweet, an Instagram, Facebook, Bluesky or Mastodon post quoted in the article
// (the embed's blockquote) is a statement by its author, whom the embed signs at its foot:
//   I love that they trademarked it. https://t.co/…
//   — Jo Pellman (@jopellman) March 3, 2021
//   A post shared by Ruth Okafor (@ruthokafor)
// The post is the block (or the run of quotation blocks) right above the signature; its trailing
// links are not its words. Read from the text alone, so it works on plain text as on pages.

import type { Attribution, SpeakerRef } from '../model';
import type { Scan } from '../scan';
import { readSpeaker } from '../speaker-phrase';
import { namedSpeaker } from '../speaker-ref';

/** "— Name (@handle) date", "- Name (@handle.bsky.social) …", "— Name (@user@mastodon.social) …". */
const SIGNATURE = /^\s*[\u2014\u2013-]{1,2}\s*([^()\n]{2,80}?)\s*\((@[\w.]{1,40}(?:@[\w.-]{1,60})?)\)(?:\s+\S.{0,60})?\s*$/u;
/** Instagram's "A post shared by Name (@handle)". */
const SHARED_BY = /^\s*A (?:post|photo|video) shared by\s+([^()\n]{2,80}?)\s*\((@[\w.]{1,40})\)/iu;
const TRAILING_LINKS = /(?:\s*(?:https?:\/\/\S+|pic\.twitter\.com\/\S+))+\s*$/u;
/** Quotation blocks above a signature read as one post. */
const MAX_POST_BLOCKS = 4;
/**
 * The longest post a platform takes, by the handle's form: a bare "@handle" is X/Twitter's (280),
 * "@name.bsky.social" Bluesky's (300), "@user@server" Mastodon's (500). Quotation blocks above the
 * post's own that would take it past the limit are the article's (some sites set their prose in
 * quotation blocks, right above the embed), not the post's. (Instagram's captions run long: no cap.)
 */
function postLimit(handle: string | null): number {
  if (!handle) return Infinity;
  if (/@.*@/.test(handle)) return 500;
  return handle.includes('.') ? 300 : 280;
}
/** Links, which a platform counts short (and which end a post's last block). */
const LINK = /https?:\/\/\S+|pic\.twitter\.com\/\S+/g;
const MAX_POSTS = 200;

export interface EmbeddedPost {
  attribution: Attribution;
  /** The author's name as the embed signs it, and the handle (kept as an alias). */
  name: string;
  handle: string;
}

export function parseEmbeddedPosts(scan: Scan): EmbeddedPost[] {
  const out: EmbeddedPost[] = [];
  const { text, blocks } = scan;
  for (let i = 1; i < blocks.length && out.length < MAX_POSTS; i++) {
    const block = blocks[i]!;
    if (block.end - block.start > 200) continue;
    const line = text.slice(block.start, block.end);
    const m = SIGNATURE.exec(line) ?? SHARED_BY.exec(line);
    if (!m) continue;
    const content = postAbove(scan, i, SIGNATURE.test(line) ? m[2]! : null);
    if (!content) continue;
    const nameStart = block.start + m.index + m[0].indexOf(m[1]!);
    const speaker = authorRef(text, nameStart, nameStart + m[1]!.trim().length);
    out.push({
      name: speaker.name!,
      handle: m[2]!,
      attribution: {
        start: content.start, end: content.end, text: text.slice(content.start, content.end), direct: true,
        cue: 'posted', cueStart: block.start, speaker, block: content.block, extractor: 'sources/embedded-post', confidence: 0.9,
      },
    });
  }
  return out;
}

/** The post's words: the quotation blocks right above (or, in plain text, the one block above). */
function postAbove(scan: Scan, signature: number, handle: string | null): { start: number; end: number; block: number } | null {
  const { text, blocks } = scan;
  const limit = postLimit(handle);
  let first = signature - 1;
  let length = postLength(text.slice(blocks[first]!.start, blocks[first]!.end));
  if (blocks[first]!.kind === 'blockquote') {
    while (first > 0 && signature - first < MAX_POST_BLOCKS && blocks[first - 1]!.kind === 'blockquote'
      && !SIGNATURE.test(text.slice(blocks[first - 1]!.start, blocks[first - 1]!.end))) {
      length += 1 + postLength(text.slice(blocks[first - 1]!.start, blocks[first - 1]!.end));
      if (length > limit) break;
      first--;
    }
  }
  const start = blocks[first]!.start;
  let end = blocks[signature - 1]!.end;
  const links = TRAILING_LINKS.exec(text.slice(start, end));
  if (links) end = start + links.index;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end - start < 3 || SIGNATURE.test(text.slice(start, end))) return null;
  return { start, end, block: first };
}

/** A block's length as the platform counts it, links short. */
function postLength(block: string): number {
  return block.replace(LINK, '').trim().length;
}

/** The signed name as a speaker: a person unless the name reads as a body ("Harbour Gazette"). */
function authorRef(text: string, start: number, end: number): SpeakerRef {
  const read = readSpeaker(text, start, end);
  if (read && read.form === 'name' && read.name) return read;
  const name = text.slice(start, end);
  return namedSpeaker(name, start, end, /\s/.test(name) ? 'person' : 'organization');
}
