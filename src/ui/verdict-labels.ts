import type { Verdict } from '../core/types';

export const VERDICT_LABELS: Record<Verdict, string> = { mislabeled: 'Mislabeled', hybrid: 'Hybrid', honest: 'Honest', unclear: 'Unclear' };
export const VERDICT_ORDER: Verdict[] = ['mislabeled', 'hybrid', 'honest', 'unclear'];
