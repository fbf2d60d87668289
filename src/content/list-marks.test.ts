// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';

// Marks are asked of the worker only for cards with no known verdict; these tests need none.
vi.mock('./worker-channel', () => ({ askWorker: () => new Promise(() => undefined) }));
const { ListMarks } = await import('./list-marks');
const { linkedIn } = await import('./adapters/linkedin');

const card = (jobId: string) => `<li data-occludable-job-id="${jobId}"><a class="job-card-list__title">Job ${jobId}</a></li>`;

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
    document.body.innerHTML = `<ul id="list">${card('1')}${card('2')}</ul><section id="pane"><h2>Title</h2></section>`;
    const marks = new ListMarks(linkedIn);
    expect(marks.touchedBy([])).toBe(true); // nothing known about the list yet
    marks.refresh(document);
    expect(marks.touchedBy(await recordsOf(() => { document.querySelector('#pane h2')!.textContent = 'Another title'; }))).toBe(false);
    expect(marks.touchedBy(await recordsOf(() => document.querySelector('#list')!.insertAdjacentHTML('beforeend', card('3'))))).toBe(true);
    expect(marks.touchedBy(await recordsOf(() => { document.querySelector('[data-occludable-job-id="1"] a')!.textContent = 'Re-rendered'; }))).toBe(true);
  });

  it('sees a list of one card grow, and a list replaced by another', async () => {
    document.body.innerHTML = `<ul id="list">${card('1')}</ul><p id="elsewhere">x</p>`;
    const marks = new ListMarks(linkedIn);
    marks.refresh(document);
    expect(marks.touchedBy(await recordsOf(() => document.querySelector('#list')!.insertAdjacentHTML('beforeend', card('2'))))).toBe(true);
    marks.refresh(document);
    document.querySelector('#list')!.replaceWith(Object.assign(document.createElement('ul'), { innerHTML: card('9') }));
    expect(marks.touchedBy(await recordsOf(() => { document.querySelector('#elsewhere')!.textContent = 'y'; }))).toBe(true);
  });
});
