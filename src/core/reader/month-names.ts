// Month names as pages print them, in the main European languages (and a few others the web
// writes dates in), for reading a date line in any of them. Lower-case; a word matches when it
// is a full name, a listed abbreviation, or a listed inflected form (Polish and Finnish dates
// use the genitive/partitive: "3 marca", "2. syyskuuta").

const MONTHS: readonly string[][] = [
  // en, de, fr, es, it, pt, nl, sv/da/no, fi, pl, ro, cs, tr, ar (Egyptian and Levantine), hu; then ru, uk
  // (Ukrainian 'листопад' is November, as in Polish), el, ca, sk, sr/bs, id (Croatian is left out: its
  // 'listopad' is October)
  ['january', 'jan', 'januar', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'gen', 'janeiro', 'januari', 'tammikuu', 'tammikuuta', 'tammik', 'styczeń', 'stycznia', 'sty', 'ianuarie', 'ian', 'leden', 'ledna', 'ocak', 'يناير', 'كانون الثاني', 'január', 'jänner', 'январь', 'января', 'січень', 'січня', 'ιανουαρίου', 'ιανουάριος', 'gener', 'januára', 'enero'],
  ['february', 'feb', 'februar', 'février', 'fevrier', 'févr', 'fevr', 'fév', 'febrero', 'febbraio', 'fevereiro', 'fev', 'februari', 'februari', 'helmikuu', 'helmikuuta', 'luty', 'lutego', 'lut', 'februarie', 'únor', 'února', 'şubat', 'subat', 'فبراير', 'február', 'feber', 'февраль', 'февраля', 'лютий', 'лютого', 'φεβρουαρίου', 'φεβρουάριος', 'febrer', 'februára'],
  ['march', 'mar', 'märz', 'maerz', 'mär', 'mars', 'marzo', 'marzo', 'março', 'marco', 'maart', 'mrt', 'maaliskuu', 'maaliskuuta', 'marzec', 'marca', 'martie', 'březen', 'března', 'mart', 'مارس', 'március', 'marts', 'март', 'марта', 'березень', 'березня', 'μαρτίου', 'μάρτιος', 'març', 'marec', 'maret'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile', 'huhtikuu', 'huhtikuuta', 'kwiecień', 'kwietnia', 'kwi', 'aprilie', 'duben', 'dubna', 'nisan', 'أبريل', 'ابريل', 'április', 'апрель', 'апреля', 'квітень', 'квітня', 'απριλίου', 'απρίλιος', 'apríl', 'apríla'],
  ['may', 'mai', 'mayo', 'maggio', 'mag', 'maio', 'mei', 'maj', 'toukokuu', 'toukokuuta', 'maja', 'květen', 'května', 'mayıs', 'mayis', 'مايو', 'május', 'май', 'мая', 'травень', 'травня', 'μαΐου', 'μαΐος', 'maig', 'máj', 'mája'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho', 'kesäkuu', 'kesäkuuta', 'czerwiec', 'czerwca', 'cze', 'iunie', 'červen', 'června', 'haziran', 'يونيو', 'június', 'июнь', 'июня', 'червень', 'червня', 'ιουνίου', 'ιούνιος', 'juny', 'jún', 'júna'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho', 'heinäkuu', 'heinäkuuta', 'lipiec', 'lipca', 'lip', 'iulie', 'červenec', 'července', 'temmuz', 'يوليو', 'július', 'июль', 'июля', 'липень', 'липня', 'ιουλίου', 'ιούλιος', 'juliol', 'júl', 'júla'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus', 'augusti', 'elokuu', 'elokuuta', 'sierpień', 'sierpnia', 'sie', 'srpen', 'srpna', 'ağustos', 'agustos', 'أغسطس', 'اغسطس', 'augusztus', 'август', 'августа', 'серпень', 'серпня', 'αυγούστου', 'αύγουστος', 'agost', 'augusta', 'avgust', 'agustus'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'settembre', 'set', 'setembro', 'syyskuu', 'syyskuuta', 'wrzesień', 'września', 'wrz', 'septembrie', 'září', 'eylül', 'eylul', 'سبتمبر', 'szeptember', 'сентябрь', 'сентября', 'вересень', 'вересня', 'σεπτεμβρίου', 'σεπτέμβριος', 'setembre', 'septembra', 'septembar'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out', 'lokakuu', 'lokakuuta', 'październik', 'października', 'paź', 'octombrie', 'říjen', 'října', 'ekim', 'أكتوبر', 'اكتوبر', 'október', 'октябрь', 'октября', 'жовтень', 'жовтня', 'οκτωβρίου', 'οκτώβριος', 'octubre', 'októbra', 'oktobar'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'marraskuu', 'marraskuuta', 'listopad', 'listopada', 'lis', 'noiembrie', 'listopadu', 'kasım', 'kasim', 'نوفمبر', 'november', 'ноябрь', 'ноября', 'листопад', 'листопада', 'νοεμβρίου', 'νοέμβριος', 'novembra', 'novembar'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dicembre', 'dezembro', 'joulukuu', 'joulukuuta', 'grudzień', 'grudnia', 'gru', 'decembrie', 'prosinec', 'prosince', 'aralık', 'aralik', 'ديسمبر', 'december', 'декабрь', 'декабря', 'грудень', 'грудня', 'δεκεμβρίου', 'δεκέμβριος', 'desembre', 'decembra', 'decembar', 'desember'],
];

const BY_NAME = new Map<string, number>();
MONTHS.forEach((names, index) => {
  for (const name of names) if (!BY_NAME.has(name)) BY_NAME.set(name, index + 1);
});

/** 1-12 for a month's name or abbreviation in one of the languages above, else 0. */
export function monthNumber(word: string): number {
  const key = word.toLowerCase().replace(/\.$/, '');
  return BY_NAME.get(key) ?? 0;
}
