// Read-only views of the flagged list for the popup: filtered, searched, ordered, counted.
import { VERDICTS, type Verdict } from '../core/types';
import type { FlaggedPosting, StoreData } from './schema';

export interface ListFilter {
  /** words that must each appear in the title, company or note; case and accents ignored */
  query?: string;
  verdict?: Verdict;
  site?: string;
}

/** What the user says the posting is, when they corrected the engine; filters and counts use it. */
export const effectiveVerdict = (p: FlaggedPosting): Verdict => p.correction?.verdict ?? p.verdict;

/** "Café" finds "cafe" and "CAFÉ": searching should not depend on how a title was typed. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Newest lastSeen first; ties broken by key so the order never flickers between renders. */
export function listFlagged(store: StoreData, filter: ListFilter = {}): FlaggedPosting[] {
  const words = fold(filter.query ?? '').split(/\s+/).filter(Boolean);
  return Object.entries(store.flagged)
    .filter(([, p]) => !filter.verdict || effectiveVerdict(p) === filter.verdict)
    .filter(([, p]) => !filter.site || p.site === filter.site)
    .filter(([, p]) => {
      if (words.length === 0) return true;
      const haystack = fold(`${p.title}\n${p.company}\n${p.note}`);
      return words.every((word) => haystack.includes(word));
    })
    .sort(([ka, a], [kb, b]) => (a.lastSeen < b.lastSeen ? 1 : a.lastSeen > b.lastSeen ? -1 : ka < kb ? -1 : ka > kb ? 1 : 0))
    .map(([, p]) => p);
}

export function countsByVerdict(store: StoreData): Record<Verdict, number> {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const p of Object.values(store.flagged)) counts[effectiveVerdict(p)]++;
  return counts;
}
