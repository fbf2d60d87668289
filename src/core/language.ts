// A posting's language from its most common function words: enough to say "this is not
// English, so the engine will not guess" instead of giving a wrong verdict.
const FUNCTION_WORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'to', 'of', 'you', 'with', 'for', 'in', 'our', 'will', 'a', 'is', 'are', 'your', 'we'],
  de: ['und', 'der', 'die', 'das', 'mit', 'für', 'wir', 'sie', 'ist', 'ein', 'eine', 'zu', 'von', 'den', 'im', 'auf', 'unsere', 'ihre'],
  es: ['el', 'la', 'de', 'y', 'con', 'para', 'en', 'los', 'las', 'nuestro', 'nuestra', 'del', 'una', 'por', 'que', 'se'],
  fr: ['le', 'la', 'les', 'et', 'des', 'pour', 'avec', 'vous', 'nous', 'une', 'du', 'dans', 'est', 'sur', 'au', 'en'],
  nl: ['de', 'het', 'een', 'en', 'van', 'met', 'voor', 'wij', 'jij', 'je', 'ons', 'onze', 'zijn', 'op', 'te'],
  pt: ['o', 'a', 'os', 'as', 'de', 'e', 'com', 'para', 'em', 'do', 'da', 'uma', 'um', 'nosso', 'nossa', 'você'],
  it: ['il', 'la', 'di', 'e', 'con', 'per', 'in', 'un', 'una', 'del', 'della', 'che', 'sono', 'nostro', 'nostra'],
};

export const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English', de: 'German', es: 'Spanish', fr: 'French', nl: 'Dutch', pt: 'Portuguese', it: 'Italian', und: 'an undetermined language',
};

/**
 * ISO 639-1 code; "und" for text mostly in a script other than Latin. Text too short to
 * tell counts as English, so an empty posting is reported as too short, not as foreign.
 */
export function detectLanguage(text: string): string {
  const letters = text.match(/\p{L}/gu) ?? [];
  const latinLetters = letters.filter((c) => /[a-zà-ÿ]/i.test(c)).length;
  if (letters.length >= 20 && latinLetters / letters.length < 0.5) return 'und';
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 8) return 'en';
  const latin = words.filter((w) => /^[a-zà-ÿ]+$/.test(w)).length;
  if (latin / words.length < 0.5) return 'und';
  let best = 'en';
  let bestScore = 0;
  for (const [language, list] of Object.entries(FUNCTION_WORDS)) {
    const set = new Set(list);
    const hits = words.reduce((n, w) => n + (set.has(w) ? 1 : 0), 0) / words.length;
    if (hits > bestScore) {
      best = language;
      bestScore = hits;
    }
  }
  return bestScore < 0.03 ? 'und' : best;
}
