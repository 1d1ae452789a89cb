// "Storm Ciarán prompted amber warnings", "Hurricane Ida claimed the lives of …": a named weather
// system is read as a person by its capitals, but it states and holds nothing. It is named by a
// class word before its own name. "Hurricane", "Typhoon" and "Cyclone" are no given names; "Storm"
// is ("Storm Reid said"), so "Storm X" is taken for a storm only where the text also speaks of "the
// storm". A body named after storms ("the Tornado and Storm Research Organisation") has a word of
// its own after the name and is not matched.

const SYSTEM_NAME = /^(?:(?:Tropical|Winter|Post-Tropical|Subtropical)\s+(?:Storm|Depression|Cyclone)|Hurricane|Typhoon|Cyclone|Superstorm|Super\s+Typhoon)(?:\s+\p{Lu}[\p{L}'\u2019-]*)?$/u;
const STORM_NAME = /^Storm(?:\s+\p{Lu}[\p{L}'\u2019-]*)?$/u;
const THE_STORM = /\b(?:the|this|that)\s+storm\b/i;

/** True when `name` names a storm, a hurricane or a typhoon; `text` is the page's text. */
export function isWeatherSystem(name: string, text: string): boolean {
  const n = name.trim();
  if (SYSTEM_NAME.test(n)) return true;
  return STORM_NAME.test(n) && THE_STORM.test(text);
}
