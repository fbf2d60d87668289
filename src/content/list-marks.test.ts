// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';

// Marks are asked of the worker only for cards with no known verdict; these tests need none.
vi.mock('./worker-channel', () => ({ askWorker: () => new Promise(() => undefined) }));
const { ListMarks } = await import('./list-marks');
const { linkedIn } = await import('./adapters/linkedin');

/** A LinkedIn result card, built as the page's DOM (no markup strings). */
function card(jobId: string): HTMLElement {
  const item = document.createElement('li');
  item.setAttribute('data-occludable-job-id', jobId);
  item.append(Object.assign(document.createElement('a'), { className: 'job-card-list__title', textContent: `Job ${jobId}` }));
  return item;
}

/** The page: a results list with these cards, then the given elements after it. */
function pageWith(jobIds: string[], ...after: HTMLElement[]): void {
  const list = Object.assign(document.createElement('ul'), { id: 'list' });
  list.append(...jobIds.map(card));
  document.body.replaceChildren(list, ...after);
}

/** DOM changes as a MutationObserver would report them. */
async function recordsOf(change: () => void): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  change();
  await Promise.resolve();
  records.push(...observer.takeRecords());
  observer.disconnect();
  return records;
}

describe('ListMarks.touchedBy', () => {
  it('is true for changes in the list and false for changes elsewhere', async () => {
    const pane = Object.assign(document.createElement('section'), { id: 'pane' });
    pane.append(Object.assign(document.createElement('h2'), { textContent: 'Title' }));
    pageWith(['1', '2'], pane);
    const marks = new ListMarks(linkedIn);
    expect(marks.touchedBy([])).toBe(true); // nothing known about the list yet
    marks.refresh(document);
    expect(marks.touchedBy(await recordsOf(() => { document.querySelector('#pane h2')!.textContent = 'Another title'; }))).toBe(false);
    expect(marks.touchedBy(await recordsOf(() => document.querySelector('#list')!.append(card('3'))))).toBe(true);
    expect(marks.touchedBy(await recordsOf(() => { document.querySelector('[data-occludable-job-id="1"] a')!.textContent = 'Re-rendered'; }))).toBe(true);
  });

  it('sees a list of one card grow, and a list replaced by another', async () => {
    pageWith(['1'], Object.assign(document.createElement('p'), { id: 'elsewhere', textContent: 'x' }));
    const marks = new ListMarks(linkedIn);
    marks.refresh(document);
    expect(marks.touchedBy(await recordsOf(() => document.querySelector('#list')!.append(card('2'))))).toBe(true);
    marks.refresh(document);
    const replacement = document.createElement('ul');
    replacement.append(card('9'));
    document.querySelector('#list')!.replaceWith(replacement);
    expect(marks.touchedBy(await recordsOf(() => { document.querySelector('#elsewhere')!.textContent = 'y'; }))).toBe(true);
  });
});

describe('ListMarks.record and refresh', () => {
  const summary = { verdict: 'honest', dutyFamily: 'marketing', salesShare: 0.1, marketingShare: 0.8, title: 'Job 1', at: 1 } as const;
  const markIn = (jobId: string) => document.querySelector(`[data-occludable-job-id="${jobId}"] [data-truetitle="list-mark"]`) as HTMLElement | null;

  it('marks the card of the job analysed, again if its mark was taken away, and with a new verdict', () => {
    pageWith(['1', '2']);
    const marks = new ListMarks(linkedIn);
    marks.record('1', summary, document);
    expect(markIn('1')?.dataset.verdict).toBe('honest');
    markIn('1')!.remove();
    marks.record('1', { ...summary, at: 3 }, document);
    expect(markIn('1')?.dataset.verdict).toBe('honest');
    marks.record('1', { ...summary, verdict: 'mislabeled', at: 4 }, document);
    expect(markIn('1')?.dataset.verdict).toBe('mislabeled');
    expect(markIn('2')).toBeNull();
  });

  it('takes every mark off the page when asked to, and nothing else', () => {
    pageWith(['1', '2']);
    const marks = new ListMarks(linkedIn);
    marks.record('1', summary, document);
    marks.record('2', summary, document);
    marks.removeAll(document);
    expect(document.querySelectorAll('[data-truetitle="list-mark"]')).toHaveLength(0);
    expect(document.querySelectorAll('[data-occludable-job-id]')).toHaveLength(2);
  });

  it('takes the mark off a card the site reused for a job not analysed yet', () => {
    pageWith(['1']);
    const marks = new ListMarks(linkedIn);
    marks.record('1', summary, document);
    const reused = document.querySelector('[data-occludable-job-id="1"]')!;
    reused.setAttribute('data-occludable-job-id', '7');
    expect(reused.querySelector('[data-truetitle="list-mark"]')).not.toBeNull();
    marks.refresh(document);
    expect(reused.querySelector('[data-truetitle="list-mark"]')).toBeNull();
  });
});

describe('ListMarks.record after a refresh', () => {
  const summary = { verdict: 'mislabeled', dutyFamily: 'sales', salesShare: 0.7, marketingShare: 0.2, title: 'Job 2', at: 1 } as const;

  it('finds the card among those refreshed while the list is untouched, and looks it up once the list changed', async () => {
    pageWith(['1', '2']);
    const adapter = { ...linkedIn, listCard: vi.fn(linkedIn.listCard) };
    const marks = new ListMarks(adapter);
    marks.refresh(document);
    marks.noteChanges(await recordsOf(() => document.body.append(document.createElement('p'))));
    marks.record('2', summary, document);
    expect(adapter.listCard).not.toHaveBeenCalled();
    expect(document.querySelector('[data-occludable-job-id="2"] [data-truetitle="list-mark"]')).not.toBeNull();

    // The site re-renders the card: the new element is the one marked.
    const rerendered = card('2');
    marks.noteChanges(await recordsOf(() => document.querySelector('[data-occludable-job-id="2"]')!.replaceWith(rerendered)));
    expect(marks.stale).toBe(true);
    marks.record('2', summary, document);
    expect(adapter.listCard).toHaveBeenCalledOnce();
    expect(rerendered.querySelector('[data-truetitle="list-mark"]')).not.toBeNull();
  });

  it('looks up a card that is not among those refreshed, such as one in another list', async () => {
    pageWith(['1', '2']);
    const marks = new ListMarks(linkedIn);
    marks.refresh(document);
    const elsewhere = document.createElement('ol');
    marks.noteChanges(await recordsOf(() => document.body.append(elsewhere)));
    elsewhere.append(card('9'));
    marks.record('9', summary, document);
    expect(elsewhere.querySelector('[data-truetitle="list-mark"]')).not.toBeNull();
  });
});
