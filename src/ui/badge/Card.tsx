import type { Duty, Label, Report } from '../../core/types';

const LABEL_NAMES: Record<Label, string> = { sales: 'Selling', marketing: 'Marketing', other: 'Other work' };
const pct = (share: number) => `${Math.round(share * 100)}%`;

function ShareBar({ report }: { report: Report }) {
  const parts: Label[] = ['sales', 'marketing', 'other'];
  return (
    <div class="bar" role="img" aria-label={`Sales ${pct(report.shares.sales)}, marketing ${pct(report.shares.marketing)}, other ${pct(report.shares.other)}`}>
      {parts.map((label) => (
        <span class={`bar-${label}`} style={{ width: pct(report.shares[label]) }} title={`${LABEL_NAMES[label]} ${pct(report.shares[label])}`} />
      ))}
    </div>
  );
}

function DutyItem({ duty }: { duty: Duty }) {
  return (
    <li data-label={duty.label} class={`duty duty-${duty.label}`}>
      <span class="duty-text">{duty.text}</span>
      <span class="duty-meta">
        {duty.evidence.length ? <>{duty.evidence.map((word) => <mark>{word}</mark>)} · </> : null}
        {pct(duty.confidence)} sure
      </span>
    </li>
  );
}

export function Card({ report, id }: { report: Report; id: string }) {
  const groups: Label[] = ['sales', 'marketing', 'other'];
  return (
    <div class="card" id={id} role="dialog" aria-label="TrueTitle breakdown" data-truetitle="card">
      <p class="reason">{report.reason}</p>
      <p class="claim">Title reads as <strong>{report.titleFamily.replace(/-/g, ' ')}</strong>{report.seniority !== 'unspecified' ? `, ${report.seniority.replace('-', ' ')} level` : ''}.</p>
      <ShareBar report={report} />
      {report.redFlags.length > 0 && (
        <section>
          <h3>Red flags</h3>
          <ul class="flags">
            {report.redFlags.map((flag) => <li data-kind={flag.kind}><strong>{flag.kind.replace(/-/g, ' ')}</strong>: “{flag.phrase ?? flag.text}”</li>)}
          </ul>
        </section>
      )}
      {groups.map((label) => {
        const duties = report.duties.filter((d) => d.label === label);
        if (!duties.length) return null;
        return (
          <section>
            <h3>{LABEL_NAMES[label]} ({duties.length})</h3>
            <ul class="duties">{duties.map((duty) => <DutyItem duty={duty} />)}</ul>
          </section>
        );
      })}
    </div>
  );
}
