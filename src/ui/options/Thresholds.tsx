// The verdict thresholds, each with what it means, and their effect on three examples.
import { useEffect, useState } from 'preact/hooks';
import { askBackground } from '../store-client';
import { DEFAULT_THRESHOLDS, type Thresholds as ThresholdValues } from '../../core/thresholds';
import type { Report } from '../../core/types';
import type { AnalyzeResponse } from '../../shared/messages';
import { VERDICT_LABELS } from '../verdict-labels';
import { EXAMPLES } from './examples';

const FIELDS: ReadonlyArray<{ key: keyof ThresholdValues; label: string; step: number; max: number; percent?: boolean }> = [
  { key: 'salesRatio', label: 'Selling share (of selling + marketing) that makes it a sales job', step: 0.05, max: 1, percent: true },
  { key: 'marketingRatio', label: 'Selling share at or below which it is a marketing job', step: 0.05, max: 1, percent: true },
  { key: 'otherShare', label: 'Share of other work that makes it neither', step: 0.05, max: 1, percent: true },
  { key: 'redFlagVerdict', label: 'Red-flag score that marks a sales job whatever the rest says', step: 1, max: 10 },
  { key: 'redFlagWeight', label: 'Weight of each red flag, in duties', step: 0.25, max: 5 },
  { key: 'minDutyWeight', label: 'Duties needed before judging at all', step: 0.5, max: 10 },
  { key: 'minFamilyWeight', label: 'Selling and marketing duties needed to call it either', step: 0.5, max: 10 },
];

function useExampleVerdicts(thresholds: ThresholdValues): Array<Report | null> {
  const [reports, setReports] = useState<Array<Report | null>>(EXAMPLES.map(() => null));
  useEffect(() => {
    let current = true;
    Promise.all(EXAMPLES.map(async ({ posting }) => {
      const answer = (await askBackground({ type: 'truetitle/analyze', posting, thresholds })) as AnalyzeResponse | undefined;
      return answer?.ok ? answer.report : null;
    })).then((found) => { if (current) setReports(found); }, () => undefined);
    return () => { current = false; };
  }, [JSON.stringify(thresholds)]);
  return reports;
}

export function ThresholdSettings({ value, onChange }: { value: ThresholdValues; onChange(next: ThresholdValues): void }) {
  const reports = useExampleVerdicts(value);
  return (
    <fieldset>
      <legend>Verdict thresholds</legend>
      {FIELDS.map((field) => (
        <label class="threshold">
          <span>{field.label}</span>
          <input
            type="number" min={0} max={field.max} step={field.step} value={value[field.key]}
            onChange={(e) => {
              const number = Number((e.target as HTMLInputElement).value);
              if (Number.isFinite(number) && number >= 0 && number <= field.max) onChange({ ...value, [field.key]: number });
            }}
          />
        </label>
      ))}
      <button type="button" class="link" onClick={() => onChange({ ...DEFAULT_THRESHOLDS })}>Restore the measured defaults</button>
      <div class="example" aria-live="polite">
        <p><strong>With these thresholds:</strong></p>
        <ul>
          {EXAMPLES.map((example, i) => {
            const report = reports[i];
            return <li data-example={i}>{example.name}: {report ? <strong>{VERDICT_LABELS[report.verdict]}</strong> : '…'}{report ? ` (${Math.round(report.shares.sales * 100)}% selling, ${Math.round(report.shares.marketing * 100)}% marketing)` : ''}</li>;
          })}
        </ul>
      </div>
    </fieldset>
  );
}
