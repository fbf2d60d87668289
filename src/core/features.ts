// Features of one duty statement, read from wink-nlp's document model: lemmas, pairs of
// lemmas, what the sentence's verbs act on, negation and the custom multi-word entities.
// Each feature keeps the words it came from, so the classifier can cite its evidence.
import { conceptsOf } from './lexicon';
import type { Parsed } from './nlp';
import { redFlagsIn } from './redflags';

export interface FeatureSet {
  /** feature name → the words in the statement that produced it */
  features: Map<string, string>;
}

// Words a stop list drops but who-does-what depends on.
const KEEP = new Set(['own', 'not', 'no', 'your', 'their', 'our', 'with', 'for', 'through', 'per', 'each', 'day', 'week']);
const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'NUM']);

export function featuresOf(parsed: Parsed): FeatureSet {
  const features = new Map<string, string>();
  const add = (name: string, evidence: string) => {
    if (!features.has(name)) features.set(name, evidence);
  };
  const { tokens, entities, text } = parsed;
  const isStop = (t: { stop: boolean; lemma: string }) => t.stop && !KEEP.has(t.lemma);
  const content = tokens.filter((t) => !isStop(t) && (CONTENT_POS.has(t.pos) || KEEP.has(t.lemma)));

  for (const t of content) {
    add(`w:${t.negated ? 'not_' : ''}${t.lemma}`, t.value);
    for (const concept of conceptsOf(t.lemma)) add(`c:${t.negated ? 'not_' : ''}${concept}`, t.value);
  }
  for (let i = 1; i < content.length; i++) {
    const a = content[i - 1]!;
    const b = content[i]!;
    add(`b:${a.lemma}_${b.lemma}`, `${a.value} ${b.value}`);
  }
  // Who does what: each verb with the nouns it acts on (up to the next verb or clause break).
  tokens.forEach((t, i) => {
    if (t.pos !== 'VERB') return;
    let nouns = 0;
    for (let j = i + 1; j < Math.min(tokens.length, i + 7) && nouns < 3; j++) {
      const next = tokens[j]!;
      if (next.pos === 'VERB' || next.pos === 'CCONJ' || next.pos === 'SCONJ') break;
      if (next.pos !== 'NOUN' && next.pos !== 'PROPN') continue;
      nouns++;
      const words = `${t.value} … ${next.value}`;
      if (nouns === 1) add(`vo:${t.negated ? 'not_' : ''}${t.lemma}_${next.lemma}`, words);
      for (const verb of conceptsOf(t.lemma)) {
        for (const object of conceptsOf(next.lemma)) add(`cvo:${t.negated ? 'not_' : ''}${verb}_${object}`, words);
      }
    }
  });
  // Bullets start with the role's own action: "Prospect…", "Develop…", "Negotiate…".
  const lead = tokens.find((t) => !isStop(t)) ?? tokens[0];
  // The lead word's concept generalises; the lead lemma itself overfitted in cross-validation.
  if (lead) for (const concept of conceptsOf(lead.lemma)) add(`c0:${concept}`, lead.value);
  for (const entity of entities) add(`ce:${entity.type}`, entity.value);
  for (const flag of parsed.redFlags ?? redFlagsIn(text)) add(`rf:${flag.kind}`, flag.kind.replace('-', ' '));
  if (tokens.length <= 3) add('short', '');
  return { features };
}
