// "Students opposed to the plan were asked to …", "Protesters opposed to the reform tried to …":
// "oppose" takes its object straight ("they opposed the plan"), so "opposed to" is the adjective, and
// with no verb before it, it describes the noun (a reduced relative clause in the subject), whose own
// verb comes later. The noun asserts nothing here. After a linking verb ("remain opposed to", "are
// opposed to") it is a stance, read elsewhere.

const OPPOSED_TO = /^\s+to\s/;
const LINKING_BEFORE = /(?<![\p{L}'\u2019-])(?:is|are|was|were|be|been|being|am|remain|remains|remained|seem|seems|seemed|stay|stays|stayed|appear|appears|appeared|become|becomes|became|grew|grow|grows|\p{Ll}+['\u2019](?:re|s|m))\s+(?:(?:not|still|also|now|always|\p{Ll}+ly)\s+)*$/u;

/** True when the cue "opposed", with `after` the text right after it and `lead` the text before, is a noun's modifier. */
export function isOpposedModifier(cueWord: string, lead: string, after: string): boolean {
  return cueWord === 'opposed' && OPPOSED_TO.test(after) && !LINKING_BEFORE.test(lead);
}
