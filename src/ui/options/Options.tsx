// The settings page: what TrueTitle does where, how strict it is, and the user's data.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../../storage/schema';
import { storeRequest, type StoreResponse } from '../store-client';
import { ThresholdSettings } from './Thresholds';

type Loaded = Extract<StoreResponse, { ok: true }>;

const RETENTION: ReadonlyArray<[number | null, string]> = [[null, 'Keep until I delete it'], [30, '30 days'], [90, '90 days'], [365, 'One year']];

function kilobytes(bytes: number | null): string {
  return bytes === null ? 'unknown' : bytes < 1024 ? `${bytes} bytes` : `${(bytes / 1024).toFixed(1)} KB`;
}

function Toggle({ label, hint, checked, onChange }: { label: string; hint?: string; checked: boolean; onChange(value: boolean): void }) {
  return (
    <label class="setting">
      <input type="checkbox" checked={checked} onChange={(e) => onChange((e.target as HTMLInputElement).checked)} />
      <span>{label}{hint && <span class="hint"> — {hint}</span>}</span>
    </label>
  );
}

export function Options() {
  const [data, setData] = useState<Loaded | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [confirmDelete, setConfirmDelete] = useState(false);
  // The settings as the user last set them: quick successive changes build on each other,
  // not on a render that has not caught up yet.
  const latest = useRef<Settings | null>(null);
  const apply = (response: StoreResponse, message: string) => {
    if (!response.ok) return setError(response.error);
    setError('');
    setData(response);
    latest.current = response.store.settings;
    setStatus([message, ...response.problems].filter(Boolean).join(' '));
  };
  useEffect(() => { storeRequest({ type: 'truetitle/store-read' }).then((r) => apply(r, '')); }, []);
  if (!data) return <main class="options"><h1>TrueTitle settings</h1>{error ? <p class="error" role="alert">{error}</p> : <p>Loading…</p>}</main>;
  const settings = latest.current ?? data.store.settings;
  const save = (change: Partial<Settings>) => {
    const next = { ...(latest.current ?? settings), ...change };
    latest.current = next;
    setData({ ...data, store: { ...data.store, settings: next } });
    return storeRequest({ type: 'truetitle/settings', settings: next }).then((r) => apply(r, 'Saved.'));
  };
  const flagged = Object.keys(data.store.flagged).length;
  return (
    <main class="options">
      <h1>TrueTitle settings</h1>
      <p class="hint">TrueTitle reads job postings in your browser and tells you whether the title is honest. Nothing you read, flag or write here leaves this computer.</p>
      {error && <p class="error" role="alert">{error}</p>}
      <p class="notice" role="status">{status}</p>
      <fieldset>
        <legend>Sites</legend>
        <Toggle label="LinkedIn" checked={settings.sites.linkedin} onChange={(linkedin) => save({ sites: { ...settings.sites, linkedin } })} />
        <Toggle label="Indeed" checked={settings.sites.indeed} onChange={(indeed) => save({ sites: { ...settings.sites, indeed } })} />
        <p class="hint">Applies to pages opened from now on. Other sites are checked only when you click “Check this page” in the toolbar popup.</p>
      </fieldset>
      <fieldset>
        <legend>On job pages</legend>
        <Toggle label="Flag mislabeled postings automatically" hint="they appear in the popup; unflag any you don't want" checked={settings.autoFlagMislabeled} onChange={(autoFlagMislabeled) => save({ autoFlagMislabeled })} />
        <Toggle label="Mark cards in result lists" hint="for postings you have already opened" checked={settings.listMarks} onChange={(listMarks) => save({ listMarks })} />
        <Toggle label="Highlight duties in the posting" hint="as soon as the verdict appears" checked={settings.highlightByDefault} onChange={(highlightByDefault) => save({ highlightByDefault })} />
      </fieldset>
      <ThresholdSettings value={settings.thresholds} onChange={(thresholds) => save({ thresholds })} />
      <fieldset>
        <legend>Your data</legend>
        <label class="setting">Remember verdicts of postings you did not flag for
          <select value={String(settings.retentionDays)} onChange={(e) => { const v = (e.target as HTMLSelectElement).value; save({ retentionDays: v === 'null' ? null : Number(v) }); }}>
            {RETENTION.map(([days, label]) => <option value={String(days)}>{label}</option>)}
          </select>
        </label>
        <p>Storage used: <strong>{kilobytes(data.bytesInUse)}</strong>, {flagged} flagged posting{flagged === 1 ? '' : 's'}.</p>
        {!confirmDelete ? (
          <button type="button" class="danger" onClick={() => setConfirmDelete(true)}>Delete all data</button>
        ) : (
          <div class="confirm" role="alertdialog" aria-label="Delete all TrueTitle data?">
            <p>Delete every flagged posting, note, correction, remembered verdict and setting? This cannot be undone.</p>
            <button type="button" class="danger" onClick={() => { setConfirmDelete(false); storeRequest({ type: 'truetitle/delete-all' }).then((r) => apply(r, 'All TrueTitle data deleted.')); }}>Yes, delete everything</button>
            <button type="button" onClick={() => setConfirmDelete(false)}>Cancel</button>
          </div>
        )}
      </fieldset>
    </main>
  );
}
