// "Check this page": for a career site or an applicant-tracking page the content scripts do
// not run on. Clicking the toolbar button granted access to this tab only (activeTab).
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { JsonLdCheckResult } from '../../content/jsonld-main';
import { VERDICT_LABELS } from '../verdict-labels';

interface Props {
  canCheck(url: string | undefined): boolean;
  checkTab(tabId: number): Promise<JsonLdCheckResult>;
}

export function CheckPage({ canCheck, checkTab }: Props) {
  const [tab, setTab] = useState<{ id: number; url?: string } | null>(null);
  const [result, setResult] = useState<JsonLdCheckResult | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    // Opened as a page of its own (popup.html?tab=ID), the popup checks the tab it was given.
    const given = Number(new URLSearchParams(location.search).get('tab'));
    const find = Number.isInteger(given) && given > 0
      ? browser.tabs.get(given)
      : browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => active);
    find.then((found) => {
      if (found?.id !== undefined) setTab({ id: found.id, ...(found.url ? { url: found.url } : {}) });
    }, () => undefined);
  }, []);
  if (!tab || !canCheck(tab.url)) return null;
  const check = async () => {
    setBusy(true);
    try {
      setResult(await checkTab(tab.id));
    } catch (error) {
      setResult({ found: false, error: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="check" aria-live="polite">
      <button type="button" class="primary" onClick={check} disabled={busy}>{busy ? 'Checking…' : 'Check this page'}</button>
      {result && !result.found && <p>{result.error ? `Could not read this page: ${result.error}` : 'No job posting found on this page (TrueTitle reads pages that describe a JobPosting).'}</p>}
      {result?.found && result.verdict && <p><strong>{VERDICT_LABELS[result.verdict as keyof typeof VERDICT_LABELS] ?? result.verdict}</strong>: {result.reason}</p>}
      {result?.found && result.error && <p>Found “{result.title}”, but could not analyse it: {result.error}</p>}
    </section>
  );
}
