// The toolbar popup: flagged postings to review, search and export, and a way to check a
// page that is not LinkedIn or Indeed.
import { useEffect, useMemo, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Verdict } from '../../core/types';
import { canCheck, checkTab } from '../../shared/check-tab';
import { toCsv } from '../../storage/csv';
import { countsByVerdict, listFlagged } from '../../storage/flags';
import { exportFileName, toJsonExport } from '../../storage/json-export';
import type { StoreData } from '../../storage/schema';
import { downloadText } from '../download';
import { storeRequest, type StoreResponse } from '../store-client';
import { VERDICT_LABELS, VERDICT_ORDER } from '../verdict-labels';
import { FlaggedRow } from './FlaggedRow';
import { CheckPage } from './CheckPage';

type Loaded = Extract<StoreResponse, { ok: true }>;

/** Opened in a tab from the badge's card ("View flagged postings") rather than as the toolbar popup. */
const IN_TAB = new URLSearchParams(location.search).get('view') === 'tab';

export function Popup() {
  const [data, setData] = useState<Loaded | null>(null);
  const [error, setError] = useState('');
  const [notice, setNotice] = useState('');
  const [query, setQuery] = useState('');
  const [verdict, setVerdict] = useState<Verdict | ''>('');
  const [site, setSite] = useState('');
  const [confirmingClear, setConfirmingClear] = useState(false);

  const apply = (response: StoreResponse, message = '') => {
    if (!response.ok) return setError(response.error);
    setError('');
    setData(response);
    setNotice([message, ...response.problems].filter(Boolean).join(' '));
  };
  useEffect(() => { storeRequest({ type: 'truetitle/store-read' }).then((r) => apply(r)); }, []);

  const store: StoreData | null = data?.store ?? null;
  const rows = useMemo(() => (store ? listFlagged(store, { query, ...(verdict ? { verdict } : {}), ...(site ? { site } : {}) }) : []), [store, query, verdict, site]);
  const total = store ? Object.keys(store.flagged).length : 0;
  const counts = store ? countsByVerdict(store) : null;
  const sites = store ? [...new Set(Object.values(store.flagged).map((p) => p.site))].sort() : [];

  const exportAs = (kind: 'csv' | 'json') => {
    if (!store) return;
    const now = new Date();
    const everything = listFlagged(store);
    if (kind === 'csv') downloadText(toCsv(everything), exportFileName('csv', now), 'text/csv;charset=utf-8');
    else downloadText(toJsonExport(store, now), exportFileName('json', now), 'application/json');
    setNotice(`Exported ${everything.length} posting${everything.length === 1 ? '' : 's'}.`);
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const response = await storeRequest({ type: 'truetitle/import', text: await file.text() });
    apply(response, response.ok ? `Imported ${response.imported ?? 0} posting${response.imported === 1 ? '' : 's'}.` : '');
  };

  return (
    <main class={IN_TAB ? 'popup in-tab' : 'popup'}>
      <header>
        <h1>TrueTitle</h1>
        <p class="tagline">Is that title honest? Badges appear beside job titles on LinkedIn and Indeed.</p>
      </header>
      <CheckPage canCheck={canCheck} checkTab={checkTab} />
      {error && <p class="error" role="alert">{error}</p>}
      {notice && <p class="notice" role="status">{notice}</p>}
      <section aria-labelledby="flagged-heading">
        <h2 id="flagged-heading">Flagged postings{total ? ` (${total})` : ''}</h2>
        {counts && total > 0 && (
          <ul class="counts" aria-label="Flagged postings by verdict">
            {VERDICT_ORDER.filter((v) => counts[v]).map((v) => <li class={`chip chip-${v}`}>{VERDICT_LABELS[v]}: {counts[v]}</li>)}
          </ul>
        )}
        {total > 0 && (
          <div class="filters">
            <label class="search">Search <input type="search" value={query} placeholder="Title, company or note" onInput={(e) => setQuery((e.target as HTMLInputElement).value)} /></label>
            <label>Verdict <select value={verdict} onChange={(e) => setVerdict((e.target as HTMLSelectElement).value as Verdict | '')}>
              <option value="">All</option>{VERDICT_ORDER.map((v) => <option value={v}>{VERDICT_LABELS[v]}</option>)}
            </select></label>
            {sites.length > 1 && <label>Site <select value={site} onChange={(e) => setSite((e.target as HTMLSelectElement).value)}>
              <option value="">All</option>{sites.map((s) => <option value={s}>{s}</option>)}
            </select></label>}
          </div>
        )}
        {data && total === 0 && (
          <div class="empty">
            <p><strong>Nothing flagged yet.</strong></p>
            <p>Open a job on LinkedIn or Indeed, hover the badge beside its title and choose “Flag posting”. Postings TrueTitle finds mislabeled are flagged for you{store?.settings.autoFlagMislabeled ? '' : ' when auto-flag is on in Settings'}.</p>
          </div>
        )}
        {total > 0 && rows.length === 0 && <p class="empty">No flagged posting matches.</p>}
        <ul class="rows">
          {rows.map((posting) => {
            const key = `${posting.site}:${posting.jobId}`;
            return (
              <FlaggedRow
                key={key}
                posting={posting}
                onOpen={(url) => void browser.tabs.create({ url })}
                onUnflag={() => storeRequest({ type: 'truetitle/unflag', key }).then((r) => apply(r, `Unflagged “${posting.title}”.`))}
                onNote={(note) => storeRequest({ type: 'truetitle/note', key, note }).then((r) => apply(r))}
              />
            );
          })}
        </ul>
      </section>
      <section class="tools" aria-label="Export and backup">
        <button type="button" onClick={() => exportAs('csv')} disabled={!total}>Export CSV</button>
        <button type="button" onClick={() => exportAs('json')} disabled={!total}>Export JSON</button>
        <label class="file-button">Import JSON<input type="file" accept=".json,application/json" onChange={(e) => { const input = e.target as HTMLInputElement; void importFile(input.files?.[0]); input.value = ''; }} /></label>
        {total > 0 && !confirmingClear && <button type="button" class="danger" onClick={() => setConfirmingClear(true)}>Clear all</button>}
      </section>
      {confirmingClear && (
        <div class="confirm" role="alertdialog" aria-label="Clear all flagged postings?">
          <p>Remove all {total} flagged postings? Export them first if you may want them back.</p>
          <button type="button" class="danger" onClick={() => { setConfirmingClear(false); storeRequest({ type: 'truetitle/clear-flagged' }).then((r) => apply(r, 'All flagged postings removed.')); }}>Yes, clear all</button>
          <button type="button" onClick={() => setConfirmingClear(false)}>Cancel</button>
        </div>
      )}
      <footer>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>Settings</button>
        <span class="privacy">Everything stays on this computer.</span>
      </footer>
    </main>
  );
}
