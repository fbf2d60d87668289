// Step 3, classify: one duty statement into sales, marketing or other, with a calibrated
// confidence and the words that decided it.
import { featuresOf } from './features';
import { score, type LinearModel } from './model';
import { parseText, type Parsed } from './nlp';
import type { Label } from './types';
import trained from './model.json';

export interface Classification {
  label: Label;
  confidence: number;
  evidence: string[];
}

const MODEL = trained as unknown as LinearModel;

// Words the model uses but a reader would not call evidence on their own.
const NOT_EVIDENCE = new Set(['own', 'not', 'no', 'your', 'their', 'our', 'with', 'for', 'through', 'per', 'each', 'day', 'week', 'years', 'experience', 'strong', 'ability']);
// Phrases, verb-object pairs and content words are evidence; concept classes are not words.
const EVIDENCE_FEATURE = /^(ce|rf|vo|cvo|b|w):/;

/** Turns the strongest features into the phrases a reader can find in the text. */
function evidenceOf(contributions: ReadonlyArray<{ feature: string }>, surface: Map<string, string>): string[] {
  const phrases: string[] = [];
  for (const { feature } of contributions) {
    if (!EVIDENCE_FEATURE.test(feature) || feature.includes('<num>')) continue;
    const words = surface.get(feature)?.trim();
    if (!words || words.length < 3 || NOT_EVIDENCE.has(words.toLowerCase())) continue;
    const lower = words.toLowerCase();
    // A phrase that contains (or is contained in) one already chosen adds nothing.
    if (phrases.some((p) => p.toLowerCase().includes(lower) || lower.includes(p.toLowerCase()))) continue;
    phrases.push(words);
    if (phrases.length === 3) break;
  }
  return phrases;
}

/** Classifies one statement: its text, or the statement as already read with its posting. */
export function classifyDuty(statement: string | Parsed, model: LinearModel = MODEL): Classification {
  const { features } = featuresOf(typeof statement === 'string' ? parseText(statement) : statement);
  const scored = score(model, features.keys());
  return {
    label: scored.label,
    confidence: Math.round(scored.probabilities[scored.label] * 100) / 100,
    evidence: evidenceOf(scored.contributions, features),
  };
}
