// The engine's vocabulary, shared by the worker, the content script, the CLI and the tests.

export type Label = 'sales' | 'marketing' | 'other';
export const LABELS: readonly Label[] = ['sales', 'marketing', 'other'];

export type TitleFamily = 'marketing' | 'sales' | 'sales-and-marketing' | 'other';
export type DutyFamily = 'sales' | 'marketing' | 'mixed' | 'other' | 'unknown';
export type Verdict = 'honest' | 'mislabeled' | 'hybrid' | 'unclear';
export const VERDICTS: readonly Verdict[] = ['honest', 'mislabeled', 'hybrid', 'unclear'];

export type Seniority =
  | 'intern' | 'entry' | 'associate' | 'senior' | 'lead' | 'manager'
  | 'director' | 'vice-president' | 'executive' | 'unspecified';

/** Where in the posting a piece of text sits; only duty-bearing sections are classified. */
export type SectionKind = 'responsibility' | 'requirement' | 'about' | 'benefits' | 'legal' | 'other';

export type RedFlagKind =
  | 'activity-quota' | 'own-book' | 'personal-quota' | 'territory'
  | 'commission' | 'cold-calling' | 'door-to-door';

/** A posting as a site adapter or the CLI reads it. `description` may be HTML or plain text. */
export interface Posting {
  title: string;
  description: string;
  company?: string;
  location?: string;
  url?: string;
  jobId?: string;
  site?: string;
}

export interface Duty {
  text: string;
  label: Label;
  confidence: number;
  evidence: string[];
  section: SectionKind;
}

export interface RedFlag {
  /** the statement the flag was found in */
  text: string;
  kind: RedFlagKind;
  /** the words that raised it, for quoting in the reason */
  phrase?: string;
}

export interface Shares {
  sales: number;
  marketing: number;
  other: number;
}

export interface Report {
  title: string;
  company: string;
  url: string;
  titleFamily: TitleFamily;
  seniority: Seniority;
  dutyFamily: DutyFamily;
  verdict: Verdict;
  reason: string;
  shares: Shares;
  duties: Duty[];
  redFlags: RedFlag[];
  language: string;
}
