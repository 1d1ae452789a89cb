/** An RSS pubDate (RFC 822) as ISO, or null. */
export function rssDate(value: string | null): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
