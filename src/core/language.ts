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

/** For each function word, the languages it belongs to: one pass over the words scores all. */
const LANGUAGES_OF = new Map<string, string[]>();
for (const [language, list] of Object.entries(FUNCTION_WORDS)) {
  for (const word of list) LANGUAGES_OF.set(word, [...(LANGUAGES_OF.get(word) ?? []), language]);
}

const LATIN_WORD = /^[a-zà-ÿ]+$/;
const LATIN_LETTER = /[a-zà-ÿ]/;

/**
 * ISO 639-1 code; "und" for text mostly in a script other than Latin. Text too short to
 * tell counts as English, so an empty posting is reported as too short, not as foreign.
 */
export function detectLanguage(text: string): string {
  const lower = text.toLowerCase();
  // ASCII text (most postings) needs no Unicode-aware scan: its letters are a-z.
  const words = (/^[\x00-\x7f]*$/.test(lower) ? lower.match(/[a-z]+/g) : lower.match(/\p{L}+/gu)) ?? [];
  let letters = 0;
  let latinLetters = 0;
  let latinWords = 0;
  const hits = new Map<string, number>();
  for (const word of words) {
    letters += word.length;
    if (LATIN_WORD.test(word)) {
      latinWords++;
      latinLetters += word.length;
    } else {
      for (const c of word) if (LATIN_LETTER.test(c)) latinLetters++;
    }
    const languages = LANGUAGES_OF.get(word);
    if (languages) for (const language of languages) hits.set(language, (hits.get(language) ?? 0) + 1);
  }
  if (letters >= 20 && latinLetters / letters < 0.5) return 'und';
  if (words.length < 8) return 'en';
  if (latinWords / words.length < 0.5) return 'und';
  let best = 'en';
  let bestHits = 0;
  // Ties go to the language listed first, as before: English.
  for (const language of Object.keys(FUNCTION_WORDS)) {
    const count = hits.get(language) ?? 0;
    if (count > bestHits) {
      best = language;
      bestHits = count;
    }
  }
  return bestHits / words.length < 0.03 ? 'und' : best;
}
