// Word lists the attribution rules read. Compiled once at module level; every regex here is
// anchored or built from plain alternations, so matching is linear in the input.

import { lookupTable } from '../text/lookup-table';

/** Reporting verbs, every inflection we accept as a cue. */
const SPEECH_VERBS = [
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'add', 'adds', 'added', 'adding',
  'note', 'notes', 'noted', 'noting', 'ask', 'asks', 'asked', 'asking', 'write', 'writes', 'wrote', 'writing',
  'post', 'posted', 'state', 'stated', 'stating', 'confirm', 'confirms', 'confirmed', 'confirming', 'deny', 'denies',
  'denied', 'denying', 'warn', 'warns', 'warned', 'warning', 'argue', 'argues', 'argued', 'arguing', 'claim',
  'claimed', 'claiming', 'estimate', 'estimates', 'estimated', 'explain', 'explains', 'explained', 'explaining', 'insist',
  'insists', 'insisted', 'insisting', 'acknowledge', 'acknowledges', 'acknowledged', 'acknowledging', 'admit',
  'admits', 'admitted', 'admitting', 'announce', 'announces', 'announced', 'announcing', 'report', 'reports', 'reported',
  'suggest', 'suggests', 'suggested', 'suggesting', 'predict', 'predicts', 'predicted', 'predicting', 'emphasize',
  // (British spelling in every form: "she emphasises" as well as "emphasised".)
  'emphasizes', 'emphasized', 'emphasizing', 'emphasise', 'emphasises', 'emphasised', 'emphasising', 'stress', 'stresses', 'stressed', 'stressing', 'observe', 'observed',
  'contend', 'contends', 'contended', 'maintain', 'maintains', 'maintained', 'assert', 'asserts', 'asserted',
  'declare', 'declares', 'declared', 'concede', 'concedes', 'conceded', 'caution', 'cautions', 'cautioned',
  'reply', 'replies', 'replied', 'respond', 'responds', 'responded', 'recall', 'recalls', 'recalled', 'tweet',
  'tweets', 'tweeted', 'emailed', 'testify', 'testified', 'allege', 'alleges', 'alleged', 'complain', 'complains',
  'complained', 'comment', 'commented', 'remark', 'remarked', 'conclude', 'concludes', 'concluded', 'reveal',
  'reveals', 'revealed', 'indicate', 'indicates', 'indicated', 'agree', 'agrees', 'agreed', 'believe', 'believes',
  'believed', 'think', 'thinks', 'thought', 'describe', 'describes', 'described', 'describing', 'call', 'calls',
  'called', 'calling', 'urge', 'urges', 'urged', 'urging', 'promise', 'promises', 'promised', 'promising', 'pledge',
  'pledges', 'pledged', 'vow', 'vows', 'vowed', 'counter', 'countered', 'charge', 'charged', 'continue',
  'continued', 'echo', 'echoed', 'wonder', 'wondered', 'learned', 'learnt', 'find', 'finds', 'found', 'show', 'shows',
  'showed', 'shown', 'announce', 'mention', 'mentioned', 'mentions', 'point out', 'points out', 'pointed out',
  'pointing out', 'acknowledge', 'hint', 'hinted', 'joke', 'joked', 'quip', 'quipped', 'boast', 'boasted',
  'lament', 'lamented', 'reiterate', 'reiterated', 'reiterates', 'predict', 'forecast', 'forecasts', 'project',
  'projected', 'projects', 'announced', 'shout', 'shouted', 'chant', 'chanted', 'chanting', 'write', 'opine',
  'opined', 'added', 'accuse', 'accused', 'accuses', 'criticize', 'criticized', 'criticizes', 'criticised',
  'blast', 'blasted', 'slam', 'slammed', 'expect', 'expects', 'expected', 'want', 'wants', 'wanted',
  'fear', 'fears', 'feared', 'hope', 'hopes', 'hoped', 'worry', 'worries', 'worried',
  // (Telling with confidence, like "told": "“…,” Lund assured Roe", "she assured voters that …".)
  'assure', 'assures', 'assured', 'assuring', 'reassured',
  // Manners of saying, mostly around a quotation ("“…,” she mused").
  // (Past forms only where the base form is also a noun: "demanding answers", "a snap election";
  // not "pleaded", a plea in court.)
  'muse', 'muses', 'mused', 'exclaim', 'exclaims', 'exclaimed', 'retort', 'retorted', 'scoff', 'scoffed',
  'snapped', 'answered', 'interject', 'interjected', 'yelled', 'confess', 'confessed', 'barked',
  'grumbled', 'recounted', 'sighed', 'gushed', 'marveled', 'marvelled', 'ranted', 'vented',
];

/** Single-word cues, looked up word by word (a set beats a 300-way regex alternation). */
export const CUE_WORDS = new Set(SPEECH_VERBS.map((v) => v.split(' ')[0]!));
/** Cues that stand alone as one word. */
export const SPEECH_SINGLE = new Set(SPEECH_VERBS.filter((v) => !v.includes(' ')));
/** Two-word cues by their first word: "pointed out". */
export const CUE_PARTICLES = new Map(SPEECH_VERBS.filter((v) => v.includes(' ')).map((v) => v.split(' ') as [string, string]));

/** Cues that are only taken with a clause complement ("that …") or a person subject, never a bare noun use. */
export const COMPLEMENT_ONLY = new Set([
  'believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'expect', 'expects', 'expected', 'want', 'wants',
  'wanted', 'fear', 'fears', 'feared', 'hope', 'hopes', 'hoped', 'worry', 'worries', 'worried', 'find', 'finds',
  'found', 'show', 'shows', 'showed', 'shown', 'indicate', 'indicates', 'indicated', 'learned', 'learnt',
  'agree', 'agrees', 'agreed', 'accuse', 'accused', 'accuses', 'criticize', 'criticized', 'criticizes',
  'criticised', 'blast', 'blasted', 'slam', 'slammed', 'charge', 'charged', 'continue', 'continued',
  'project', 'projected', 'projects', 'forecast', 'forecasts', 'call', 'calls', 'called', 'calling', 'describe',
  'describes', 'described', 'describing', 'urge', 'urges', 'urged', 'urging', 'promise', 'promises', 'promised',
  'promising', 'pledge', 'pledges', 'pledged', 'vow', 'vows', 'vowed', 'report', 'reported', 'post', 'posted',
  'state', 'stated', 'claim', 'claimed', 'counter', 'countered', 'project', 'reveal', 'reveals', 'revealed',
  'comment', 'commented', 'remark', 'remarked', 'recall', 'recalls', 'recalled', 'echo', 'echoed', 'wonder',
  'wondered', 'chant', 'chanted', 'chanting', 'shout', 'shouted', 'estimate', 'estimates', 'estimated',
]);

/**
 * Cues of a position, not a statement: a belief, hope or fear ("X believes …", "X wants …") or a
 * stance taken ("X criticized …"). Read wherever they stand, they are marked `cueKind: 'attitude'`.
 */
export const POSITION_CUES = new Set([
  'believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'expect', 'expects', 'expected', 'want', 'wants',
  'wanted', 'fear', 'fears', 'feared', 'hope', 'hopes', 'hoped', 'worry', 'worries', 'worried', 'wonder', 'wondered',
  'criticize', 'criticizes', 'criticized', 'criticised', 'blast', 'blasted', 'slam', 'slammed',
]);

/** Cues that introduce a quotation they describe rather than report ("described it as “…”", "called it “…”"). */
export const NAMING_CUES = new Set(['describe', 'describes', 'described', 'describing', 'call', 'calls', 'called', 'calling']);

/** Participles that take the subject of the clause they hang on: "…,” Jones said, adding that …". */
export const PARTICIPLE_CUES = new Set([
  'adding', 'saying', 'noting', 'arguing', 'warning', 'claiming', 'insisting', 'explaining', 'suggesting',
  'acknowledging', 'admitting', 'announcing', 'stressing', 'pointing out', 'telling', 'asking', 'denying',
  'confirming', 'predicting', 'urging', 'promising', 'writing', 'describing', 'calling', 'stating', 'citing',
]);

/** Words that may stand between a subject and its cue: auxiliaries, negation, common adverbs. */
export const SUBJECT_CUE_FILLER = new Set([
  'has', 'have', 'had', 'also', 'later', 'previously', 'then', 'again', 'further', 'repeatedly', 'once', 'often',
  'publicly', 'privately', 'recently', 'earlier', 'already', 'reportedly', 'never', 'just', 'separately',
  'similarly', 'initially', 'subsequently', 'frequently', 'ultimately', 'finally', 'first', 'last', 'quickly',
  'openly', 'explicitly', 'flatly', 'bluntly', 'simply', 'falsely', 'wrongly', 'specifically', 'clearly', 'even',
  'still', 'always', 'would', 'will', 'could', 'did', 'does', 'do', 'is', 'was', 'are', 'were', 'been', 'being',
  'not', 'may', 'might', 'can', 'should', 'must', 'who', 'himself', 'herself', 'themselves', 'itself', 'both',
  'all', 'too', 'now', 'since', 'long', 'famously', 'correctly', 'rightly', 'loudly', 'proudly', 'angrily',
  'tearfully', 'calmly', 'firmly', 'strongly', 'consistently', 'continually', 'personally', 'officially',
  'immediately', 'briefly', 'directly', 'bluntly', 'forcefully', 'vehemently', 'emphatically', 'pointedly',
  'told', 'allegedly', 'apparently', 'essentially', 'basically', 'subsequently', 'however', 'in', 'turn',
  // "Priebus later Thursday told …": a day between subject and verb.
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight',
  // "… (I-Vt.) on Saturday criticized", "… last week said": a time adjunct before the verb.
  'on', 'this', 'week', 'month', 'morning', 'afternoon', 'evening', 'night', 'late', 'early',
  // "Officials there said", "polls there show": a place adverb after the subject.
  'there',
  // "Analysts soon noted that …". (Not "only": "she only wants …", "I've only found one …" would
  // take the words before it for a speaker on the web guard.)
  'soon',
]);

export const PRONOUNS = lookupTable<'person' | 'plural' | 'thing' | 'relative' | 'first'>({
  he: 'person', she: 'person', they: 'plural', it: 'thing', who: 'relative', which: 'relative', we: 'first', i: 'first',
});

/** Titles that head a role run into a name ("Economy Minister Marcelo Ebrard"); not "Foreign", "State". */
export const STRONG_TITLES = new Set([
  'president', 'minister', 'secretary', 'ambassador', 'chairman', 'chairwoman', 'chair', 'ceo', 'cfo', 'director',
  'spokesman', 'spokeswoman', 'spokesperson', 'governor', 'gov', 'mayor', 'senator', 'sen', 'general', 'gen',
  'admiral', 'commissioner', 'chief', 'inspector', 'judge', 'professor', 'sheriff', 'chancellor', 'premier',
  'leader', 'rep', 'representative', 'ex-minister', 'ex-president', 'founder', 'envoy', 'coach', 'captain',
  'supervisor', 'councillor', 'councilor', 'councilmember', 'assemblymember', 'superintendent', 'commander',
  'attorney', 'dean', 'principal', 'officer', 'economist', 'analyst', 'strategist',
]);

/** Honorifics and titles that stand before a name; kept as the role, stripped from the name. */
export const NAME_TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sen', 'senator', 'rep', 'representative', 'gov',
  'governor', 'president', 'vice', 'prime', 'minister', 'secretary', 'gen', 'general', 'col', 'colonel', 'lt',
  'sgt', 'capt', 'captain', 'adm', 'admiral', 'maj', 'major', 'judge', 'justice', 'chancellor', 'mayor', 'chairman',
  'chairwoman', 'chair', 'speaker', 'leader', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend', 'father', 'sister',
  'pope', 'king', 'queen', 'prince', 'princess', 'sheikh', 'ambassador', 'commissioner', 'chief', 'director',
  'attorney', 'officer', 'sheriff', 'detective', 'coach', 'councilman', 'councilwoman', 'assemblyman',
  'assemblywoman', 'congressman', 'congresswoman', 'premier', 'foreign', 'defense', 'defence', 'deputy', 'acting',
  'former', 'ret', 'retired', 'state', 'house', 'senate', 'majority', 'minority', 'first', 'democratic',
  'republican', 'gop', 'nominee', 'candidate', 'spokesman', 'spokeswoman', 'spokesperson', 'ceo', 'cfo', 'chef',
  // (Plural and rarer abbreviated titles: "Sens. Ana Roe and Ben Lund", "Pres. Lund", "Cmdr. Roe".)
  'sens', 'reps', 'govs', 'pres', 'cmdr',
]);

/** Words that make a capitalised name an organisation. */
export const ORG_WORDS = new Set([
  'service', 'services', 'agency', 'ministry', 'department', 'council', 'institute', 'institution', 'center',
  'centre', 'university', 'college', 'school', 'commission', 'committee', 'corp', 'corporation', 'inc', 'ltd',
  'llc', 'plc', 'company', 'co', 'group', 'bank', 'association', 'party', 'office', 'bureau', 'police', 'army',
  'navy', 'court', 'organization', 'organisation', 'foundation', 'network', 'news', 'times', 'post', 'journal',
  'reuters', 'press', 'fund', 'board', 'authority', 'administration', 'campaign', 'congress', 'senate',
  'parliament', 'union', 'federation', 'coalition', 'alliance', 'forces', 'guard', 'command', 'intelligence',
  'government', 'club', 'league', 'society', 'trust', 'project', 'program', 'programme', 'studies', 'media',
  'tribune', 'herald', 'gazette', 'telegraph', 'guardian', 'observer', 'review', 'magazine', 'radio', 'tv',
  'television', 'broadcasting', 'cabinet', 'house', 'pentagon', 'kremlin', 'ministry', 'secretariat', 'unit',
  'hospital', 'clinic', 'laboratory', 'lab', 'labs', 'watch', 'caucus', 'delegation', 'embassy', 'consulate',
  'firm', 'holdings', 'partners', 'associates', 'systems', 'technologies', 'airlines', 'motors', 'industries',
]);

/** Heads of a descriptive noun phrase that can be a source, by kind. */
export const PERSON_NOUNS = new Set([
  'official', 'officials', 'source', 'sources', 'person', 'people', 'expert', 'experts', 'analyst', 'analysts',
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'representative', 'representatives',
  'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'diplomat', 'diplomats', 'researcher',
  'researchers', 'scientist', 'scientists', 'economist', 'economists', 'scholar', 'scholars', 'professor',
  'professors', 'observer', 'observers', 'strategist', 'strategists', 'witness', 'witnesses', 'resident',
  'residents', 'critic', 'critics', 'supporter', 'supporters', 'lawmaker', 'lawmakers', 'legislator',
  'legislators', 'leader', 'leaders', 'executive', 'executives', 'insider', 'insiders', 'investigator',
  'investigators', 'prosecutor', 'prosecutors', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'doctor', 'doctors',
  'specialist', 'specialists', 'commander', 'commanders', 'officer', 'officers', 'staffer', 'staffers', 'member',
  'members', 'voter', 'voters', 'protesters', 'protestors', 'demonstrators', 'activist', 'activists', 'organizers',
  'organisers', 'employee', 'employees', 'worker', 'workers', 'man', 'woman', 'men', 'women', 'president',
  'minister', 'secretary', 'senator', 'governor', 'mayor', 'director', 'chief', 'head', 'chairman', 'chairwoman',
  'candidate', 'nominee', 'manager', 'founder', 'author', 'authors', 'reporter', 'reporters', 'journalist',
  'journalists', 'colleague', 'colleagues', 'friend', 'friends', 'neighbor', 'neighbors', 'neighbour',
  'neighbours', 'student', 'students', 'parent', 'parents', 'teacher', 'teachers', 'owner', 'owners', 'user',
  'users', 'pollster', 'pollsters', 'economist', 'historian', 'historians', 'veteran', 'veterans', 'survivor',
  'survivors', 'victim', 'victims', 'suspect', 'suspects', 'family', 'relatives', 'negotiator', 'negotiators', 'regulator',
  'regulators', 'administrator', 'judge', 'judges', 'coach', 'player', 'players', 'fan', 'fans', 'partisans',
  'republicans', 'democrats', 'conservatives', 'liberals', 'progressives', 'delegates', 'senators', 'governors',
  'candidates', 'campaigners', 'opponents', 'proponents', 'advocates', 'allies', 'backers', 'detractors',
  // Roles and groups in political news, singular and plural.
  'ministers', 'presidents', 'secretaries', 'mayors', 'directors', 'chiefs', 'chairmen', 'managers', 'founders',
  'commentator', 'commentators', 'pundit', 'pundits', 'columnist', 'columnists', 'editor', 'editors', 'writer',
  'writers', 'blogger', 'bloggers', 'host', 'hosts', 'anchor', 'anchors', 'moderator', 'moderators', 'lobbyist',
  'lobbyists', 'consultant', 'consultants', 'operative', 'operatives', 'surrogate', 'surrogates', 'donor', 'donors',
  'organizer', 'organiser', 'investor', 'investors', 'banker', 'bankers', 'pastor', 'pastors', 'bishop', 'bishops',
  'priest', 'rabbi', 'imam', 'nurse', 'nurses', 'farmer', 'farmers', 'trader', 'traders', 'merchant', 'merchants', 'shopkeeper', 'shopkeepers', 'vendor', 'vendors', 'citizen', 'citizens', 'immigrant',
  'immigrants', 'refugee', 'refugees', 'soldier', 'soldiers', 'troops', 'juror', 'jurors', 'challenger',
  'challengers', 'contender', 'contenders', 'rival', 'rivals', 'ally', 'opponent', 'moderates', 'independents',
  'libertarians', 'socialists', 'evangelicals', 'muslims', 'christians', 'catholics', 'americans', 'superdelegates',
  'electors', 'nominees', 'hopefuls', 'skeptics', 'constituents', 'families', 'viewers', 'readers', 'listeners',
  'panelists', 'congressmen', 'justices', 'economists', 'academics', 'physicians', 'millennials', 'residents',
  // Public offices held by one person or a few ("Ohio's tax commissioner says", "the county clerk said").
  'commissioner', 'commissioners', 'treasurer', 'comptroller', 'auditor', 'auditors', 'superintendent', 'sheriff',
  'ombudsman', 'registrar', 'chancellor', 'provost', 'inspector', 'inspectors', 'coroner', 'clerk', 'trustee', 'trustees',
  // Family: "the victim's mother testified", "his widow said".
  'mother', 'father', 'sister', 'brother', 'daughter', 'son', 'wife', 'husband', 'widow', 'widower', 'grandmother',
  'grandfather', 'aunt', 'uncle', 'cousin', 'mothers', 'fathers', 'sisters', 'brothers', 'daughters', 'sons',
  // ("Travis Lund's mom confirmed, “…”": the informal and the wider kin words are the same nouns.)
  'mom', 'mum', 'dad', 'moms', 'mums', 'dads', 'stepmother', 'stepfather', 'grandson', 'granddaughter', 'niece', 'nephew',
]);

export const ORG_NOUNS = new Set([
  'agency', 'ministry', 'department', 'government', 'administration', 'intelligence', 'police', 'military', 'army',
  'company', 'firm', 'campaign', 'court', 'committee', 'council', 'commission', 'bank', 'office', 'bureau',
  'authorities', 'authority', 'regulator', 'institute', 'university', 'group', 'organization', 'organisation',
  'party', 'union', 'board', 'team', 'network', 'newspaper', 'outlet', 'service', 'forces', 'state', 'regime',
  'embassy', 'parliament', 'legislature', 'cabinet', 'white', 'kremlin', 'pentagon', 'prosecutors', 'coalition',
  'alliance', 'foundation', 'center', 'centre', 'charity', 'hospital', 'school', 'district', 'city', 'county',
  'club', 'league', 'federation', 'tribunal', 'panel', 'watchdog', 'think', 'tank', 'website', 'fund', 'imf',
  'firm', 'bureau', 'directorate', 'ministry', 'secretariat', 'senate', 'house', 'congress', 'utility', 'airline',
  'manufacturer', 'maker', 'retailer', 'bank', 'lender', 'insurer', 'exchange', 'station', 'broadcaster', 'paper',
  'magazine', 'giant', 'automaker', 'carmaker', 'conglomerate', 'association',
]);

export const DOCUMENT_NOUNS = new Set([
  'report', 'reports', 'study', 'studies', 'survey', 'surveys', 'poll', 'polls', 'polling', 'analysis', 'analyses', 'data',
  'figures', 'statistics', 'stats', 'review', 'audit', 'assessment', 'estimate', 'estimates', 'memo', 'document',
  'documents', 'statement', 'letter', 'filing', 'complaint', 'lawsuit', 'indictment', 'research', 'paper',
  'findings', 'records', 'forecast', 'projection', 'projections', 'numbers', 'count', 'tally', 'census', 'ruling', 'release',
  'investigation', 'probe', 'models', 'model', 'email', 'emails', 'tweet', 'post', 'video', 'transcript',
  'commentary', 'article', 'story', 'editorial', 'column', 'op-ed', 'book', 'ad', 'advertisement', 'clip', 'slide',
  'page', 'message', 'brief', 'submission', 'motion', 'order', 'opinion', 'petition', 'bill', 'resolution', 'guidance',
  'notice', 'announcement', 'press release', 'blog', 'newsletter', 'documentary', 'film', 'footage', 'photo',
  // (a page's printed headline speaks for it: "the headline reads: “…”". A caption is a credit, not-a-source.ts's.)
  'headline',
  // (what a count or a search turns up speaks for it as a report does: "early results show …")
  'results', 'tallies', 'average', 'ledgers', 'evidence',
]);

/** Day and month names: capitalised but never part of a speaker's name. */
export const CALENDAR_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'today', 'yesterday', 'tomorrow',
]);

/** Capitalised words that start a sentence but are not names. */
export const FUNCTION_CAPS = new Set([
  'the', 'a', 'an', 'and', 'but', 'or', 'so', 'yet', 'if', 'when', 'while', 'as', 'at', 'in', 'on', 'of', 'for',
  'to', 'from', 'by', 'with', 'after', 'before', 'since', 'during', 'meanwhile', 'however', 'instead', 'earlier',
  'later', 'still', 'also', 'then', 'this', 'that', 'these', 'those', 'there', 'here', 'it', 'its', 'he', 'she',
  'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'according', 'despite', 'although',
  'though', 'because', 'asked', 'speaking', 'in', 'under', 'over', 'last', 'next', 'according', 'what', 'why',
  'how', 'where', 'who', 'which', 'some', 'many', 'most', 'all', 'both', 'each', 'every', 'no', 'not', 'now',
  'one', 'two', 'three', 'another', 'other', 'such', 'even', 'only', 'just', 'more', 'less', 'few',
  // Sentence adverbs and indefinite pronouns: "Rather, …", "Perhaps …", "Everything Trump says".
  'rather', 'perhaps', 'maybe', 'indeed', 'moreover', 'furthermore', 'thus', 'hence', 'therefore', 'nonetheless',
  'nevertheless', 'otherwise', 'besides', 'likewise', 'overall', 'together', 'everything', 'nothing', 'everyone',
  'someone', 'anyone', 'nobody', 'somebody', 'anything', 'something', 'among', 'amid', 'across', 'within',
  'throughout', 'beyond', 'unlike', 'like', 'toward', 'towards', 'upon', 'whether',
]);

/** Names of places and peoples: capitalised, never a speaker on their own. */
export const DEMONYM_SUFFIX = /(?:an|ian|ese|ish|i|ic)$/;
