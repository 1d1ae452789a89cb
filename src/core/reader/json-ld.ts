// Reads schema.org JSON-LD without trusting it: every script is parsed on its own, bad JSON is
// skipped with a warning, and the walk over nested objects is bounded in depth and count so that
// a hostile page cannot make it slow.

export type JsonObject = Record<string, unknown>;

const MAX_SCRIPT_LENGTH = 1_000_000;
const MAX_NODES = 2_000;
const MAX_DEPTH = 12;

export interface JsonLdResult {
  /** Every object that has an `@type`, flattened out of `@graph` arrays and nesting. */
  nodes: JsonObject[];
  warnings: string[];
}

export function readJsonLd(doc: Document): JsonLdResult {
  const nodes: JsonObject[] = [];
  const warnings: string[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json" i]');
  for (const script of Array.from(scripts)) {
    const raw = script.textContent ?? '';
    if (raw.length > MAX_SCRIPT_LENGTH) {
      warnings.push('json-ld: a script over 1 MB was skipped');
      continue;
    }
    const parsed = parseLenient(raw);
    if (parsed === undefined) {
      warnings.push('json-ld: a script that is not valid JSON was skipped');
      continue;
    }
    collect(parsed, nodes, 0);
    if (nodes.length >= MAX_NODES) break;
  }
  return { nodes, warnings };
}

const WRAPPERS = /^\s*(?:\/\/\s*)?(?:<!--|<!\[CDATA\[)|(?:\/\/\s*)?(?:-->|\]\]>)\s*$/g;

function parseLenient(raw: string): unknown {
  const text = raw.replace(WRAPPERS, '').replace(WRAPPERS, '').trim();
  for (const attempt of [text, text.replace(/[\u0000-\u001F]+/g, ' '), outermost(text)]) {
    if (!attempt) continue;
    try {
      return JSON.parse(attempt);
    } catch {
      // Pages leave raw line breaks inside strings, comments, CDATA or a trailing `;`: try looser.
    }
  }
  return undefined;
}

/** From the first `{`/`[` to the last `}`/`]`, control characters made spaces. */
function outermost(text: string): string | null {
  const first = text.search(/[{[]/);
  const last = Math.max(text.lastIndexOf('}'), text.lastIndexOf(']'));
  return first >= 0 && last > first ? text.slice(first, last + 1).replace(/[\u0000-\u001F]+/g, ' ') : null;
}

function collect(value: unknown, out: JsonObject[], depth: number): void {
  if (depth > MAX_DEPTH || out.length >= MAX_NODES || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, out, depth + 1);
    return;
  }
  const object = value as JsonObject;
  if ('@type' in object) out.push(object);
  for (const [key, child] of Object.entries(object)) {
    if (key === '@context') continue;
    if (child !== null && typeof child === 'object') collect(child, out, depth + 1);
  }
}

/** The node's `@type` values, lower-cased, whether written as a string or an array. */
export function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/#:]/, '').toLowerCase());
}

/** A property as text: a string, the first string of an array, or an object's `name`/`@value`. */
export function textOf(value: unknown, depth = 0): string | null {
  if (depth > 4 || value == null) return null;
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    for (const item of value) {
      const text = textOf(item, depth + 1);
      if (text) return text;
    }
    return null;
  }
  if (typeof value === 'object') {
    const object = value as JsonObject;
    return textOf(object.name ?? object['@value'] ?? object.url, depth + 1);
  }
  return null;
}

/** Every name in a property that may hold one person or organisation or a list of them. */
export function namesOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  const names: string[] = [];
  for (const item of list.slice(0, 20)) {
    const name = textOf(item);
    if (name) names.push(name);
  }
  return names;
}

export const ARTICLE_TYPES = new Set([
  'newsarticle', 'article', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle',
  'backgroundnewsarticle', 'reviewnewsarticle', 'askpublicnewsarticle', 'satiricalarticle',
  'liveblogposting', 'blogposting', 'report', 'scholarlyarticle', 'techarticle',
]);

/** The page's own article: a node of an article type, preferring one with a headline over nested stubs. */
export function pickArticleNode(nodes: JsonObject[]): JsonObject | undefined {
  const articles = nodes.filter((node) => typesOf(node).some((type) => ARTICLE_TYPES.has(type)));
  return articles.find((node) => textOf(node.headline)) ?? articles[0];
}
