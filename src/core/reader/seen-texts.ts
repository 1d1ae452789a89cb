// Texts already placed in the article, compared case-insensitively, so that a headline, byline
// or caption found outside the body is not read twice. Kept by length: a text is only lowercased
// to compare with others of its exact length, never all of a long article's paragraphs up front.

export class SeenTexts {
  private readonly byLength = new Map<number, string[]>();

  constructor(texts: Iterable<string> = []) {
    for (const text of texts) this.add(text);
  }

  add(text: string): void {
    const list = this.byLength.get(text.length);
    if (list) list.push(text);
    else this.byLength.set(text.length, [text]);
  }

  has(text: string): boolean {
    const list = this.byLength.get(text.length);
    if (!list) return false;
    const key = text.toLowerCase();
    return list.some((other) => other === text || other.toLowerCase() === key);
  }
}
