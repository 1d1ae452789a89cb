// Names in scripts that have no capital letters (Chinese, Japanese, Korean, Arabic, Hebrew, the
// Indic scripts, Thai) can never pass the Latin name shape, which asks for capitalised words.
// They get a shape of their own, and count only on a page whose headline is in the same script:
// an English page's JSON-LD author in Han characters is a CMS account, not the printed byline.

const EAST_ASIAN = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}';
/**
 * Two to five characters ("肖春芳", "김철수"), family and given name apart ("田中 太郎"), or a
 * foreign name written with middle dots ("约翰·史密斯"). A desk with a name run on is longer.
 */
const EAST_ASIAN_NAME = new RegExp(`^(?:[${EAST_ASIAN}]{2,5}|[${EAST_ASIAN}]{1,4} [${EAST_ASIAN}]{1,4}|[${EAST_ASIAN}]{1,8}(?:[·・][${EAST_ASIAN}]{1,8}){1,3})$`, 'u');
/** Newsroom words, not people: an agency (社), a site (网), a paper (报), a station (台), reporter, editor, news, centre, channel, "compiled", "source", "our paper". */
const EAST_ASIAN_DESK = /[社网網报報台]$|记者|記者|编辑|編輯|編集|新闻|新聞|中心|频道|頻道|综合|綜合|来源|來源|本报|本報|作者|小编|小編|ニュース|기자|뉴스|편집|특파원|通信/u;
/** Two to four words of letters with no case (Arabic, Hebrew, Devanagari, Thai …): one word alone may be a desk or a site. */
const SPACED_CASELESS_NAME = /^[\p{Lo}\p{M}]{2,20}(?: [\p{Lo}\p{M}]{2,20}){1,3}$/u;

/** One class per script family; the kana and Hangul go with Han, as East Asian headlines mix them. */
const SCRIPTS = [
  new RegExp(`[${EAST_ASIAN}]`, 'u'),
  ...['Arabic', 'Hebrew', 'Devanagari', 'Bengali', 'Gurmukhi', 'Gujarati', 'Tamil', 'Telugu', 'Kannada', 'Malayalam', 'Sinhala', 'Thai', 'Lao', 'Khmer', 'Myanmar', 'Ethiopic']
    .map((script) => new RegExp(`\\p{sc=${script}}`, 'u')),
];

/** A person's name in a caseless script, on a page whose headline (`headline`) is written in it. */
export function isCaselessName(name: string, headline: string): boolean {
  const shaped = (EAST_ASIAN_NAME.test(name) && !EAST_ASIAN_DESK.test(name)) || SPACED_CASELESS_NAME.test(name);
  if (!shaped) return false;
  const script = SCRIPTS.find((pattern) => pattern.test(name[0]!));
  return !!script && script.test(headline);
}
