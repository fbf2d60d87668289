// The hover card: why the badge says what it says, duty by duty, and what the user can do.
import { useEffect, useState } from 'preact/hooks';
import type { Duty, Label, RedFlag, Report, Verdict } from '../../core/types';
import { HighlightedText } from './highlight-text';

export interface CardActions {
  flagged: boolean;
  highlighted: boolean;
  correction: { verdict: Verdict; comment: string } | null;
  /** The card is on screen: time to load what only the card shows. */
  onOpen(): void;
  onToggleFlag(): void;
  onToggleHighlight(): void;
  onCorrect(correction: { verdict: Verdict; comment: string } | null): void;
  /** Opens the list of flagged postings in a new tab. */
  onViewFlagged(): void;
}

const LABEL_NAMES: Record<Label, string> = { sales: 'Selling', marketing: 'Marketing', other: 'Other work' };
const VERDICT_NAMES: Record<Verdict, string> = { honest: 'Honest title', mislabeled: 'Mislabeled', hybrid: 'Hybrid role', unclear: 'Unclear' };
const FLAG_NAMES: Record<RedFlag['kind'], string> = {
  'activity-quota': 'Activity quota', 'own-book': 'Own book of business', 'personal-quota': 'Personal quota',
  territory: 'Territory', commission: 'Commission pay', 'cold-calling': 'Cold calling', 'door-to-door': 'Door-to-door',
};
const pct = (share: number) => `${Math.round(share * 100)}%`;

function ShareBar({ report }: { report: Report }) {
  const parts: Label[] = ['sales', 'marketing', 'other'];
  return (
    <div class="shares">
      <div class="bar" role="img" aria-label={`Duties: ${parts.map((l) => `${LABEL_NAMES[l]} ${pct(report.shares[l])}`).join(', ')}`}>
        {parts.map((label) => <span class={`bar-${label}`} style={{ width: pct(report.shares[label]) }} />)}
      </div>
      <ul class="legend" aria-hidden="true">
        {parts.map((label) => <li><span class={`swatch bar-${label}`} />{LABEL_NAMES[label]} {pct(report.shares[label])}</li>)}
      </ul>
    </div>
  );
}

/** One line per kind of flag: the first quote shown, the rest counted. */
function RedFlags({ flags }: { flags: readonly RedFlag[] }) {
  const byKind = new Map<RedFlag['kind'], RedFlag[]>();
  for (const flag of flags) byKind.set(flag.kind, [...(byKind.get(flag.kind) ?? []), flag]);
  return (
    <section aria-label="Red flags">
      <h3>Red flags</h3>
      <ul class="flags">
        {[...byKind].map(([kind, list]) => (
          <li data-kind={kind}>
            <strong>{FLAG_NAMES[kind]}</strong>: “{list[0]!.phrase ?? list[0]!.text}”{list.length > 1 ? ` (+${list.length - 1} more)` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}

function DutyItem({ duty }: { duty: Duty }) {
  return (
    <li data-label={duty.label} class={`duty duty-${duty.label}`}>
      <span class="duty-text"><HighlightedText text={duty.text} evidence={duty.evidence} /></span>
      <span class="duty-meta">{pct(duty.confidence)} confident{duty.section === 'requirement' ? ' · requirement' : ''}</span>
    </li>
  );
}

function Correction({ actions }: { actions: CardActions }) {
  const [editing, setEditing] = useState(false);
  const [verdict, setVerdict] = useState<Verdict>(actions.correction?.verdict ?? 'honest');
  const [comment, setComment] = useState(actions.correction?.comment ?? '');
  if (!editing) {
    return (
      <div class="correction">
        {actions.correction && <p>Your correction: <strong>{VERDICT_NAMES[actions.correction.verdict]}</strong>{actions.correction.comment ? ` — ${actions.correction.comment}` : ''}</p>}
        <button type="button" class="link" onClick={() => setEditing(true)}>{actions.correction ? 'Change correction' : 'Verdict wrong?'}</button>
      </div>
    );
  }
  return (
    <form class="correction" onSubmit={(event) => { event.preventDefault(); actions.onCorrect({ verdict, comment: comment.trim() }); setEditing(false); }}>
      <fieldset>
        <legend>What is this job, in your view?</legend>
        {(Object.keys(VERDICT_NAMES) as Verdict[]).map((v) => (
          <label><input type="radio" name="verdict" value={v} checked={verdict === v} onChange={() => setVerdict(v)} /> {VERDICT_NAMES[v]}</label>
        ))}
      </fieldset>
      <label class="comment">Note (optional) <input type="text" maxLength={300} value={comment} onInput={(e) => setComment((e.target as HTMLInputElement).value)} /></label>
      <div class="row">
        <button type="submit">Save correction</button>
        {actions.correction && <button type="button" onClick={() => { actions.onCorrect(null); setEditing(false); }}>Remove</button>}
        <button type="button" class="link" onClick={() => setEditing(false)}>Cancel</button>
      </div>
    </form>
  );
}

export function Card({ report, id, actions, style }: { report: Report; id: string; actions: CardActions; style?: Record<string, string> }) {
  const groups: Label[] = ['sales', 'marketing', 'other'];
  useEffect(() => actions.onOpen(), [report]);
  return (
    <div class={`card verdict-${report.verdict}`} id={id} role="dialog" aria-label={`TrueTitle: ${VERDICT_NAMES[report.verdict]}`} data-truetitle="card" style={style}>
      <p class="verdict">{VERDICT_NAMES[report.verdict]}</p>
      <p class="reason">{report.reason}</p>
      <p class="claim">The title reads as <strong>{report.titleFamily.replace(/-/g, ' ')}</strong>{report.seniority !== 'unspecified' ? <>, <strong>{report.seniority.replace('-', ' ')}</strong> level</> : ''}.</p>
      {report.duties.length > 0 && <ShareBar report={report} />}
      {report.redFlags.length > 0 && <RedFlags flags={report.redFlags} />}
      {groups.map((label) => {
        const duties = report.duties.filter((d) => d.label === label);
        if (!duties.length) return null;
        return (
          <section aria-label={`${LABEL_NAMES[label]} duties`}>
            <h3>{LABEL_NAMES[label]} ({duties.length})</h3>
            <ul class="duties">{duties.map((duty) => <DutyItem duty={duty} />)}</ul>
          </section>
        );
      })}
      <div class="actions">
        <button type="button" class="primary" onClick={actions.onToggleFlag}>{actions.flagged ? 'Unflag posting' : 'Flag posting'}</button>
        {report.duties.length > 0 && (
          <button type="button" onClick={actions.onToggleHighlight}>{actions.highlighted ? 'Remove highlights' : 'Highlight duties on page'}</button>
        )}
        <button type="button" onClick={actions.onViewFlagged}>View flagged postings</button>
      </div>
      <Correction actions={actions} />
      <p class="privacy">Analysed on this computer; nothing was sent anywhere.</p>
    </div>
  );
}
