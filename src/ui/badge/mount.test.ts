// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Report } from '../../core/types';
import { PostingBadge, type BadgeHandlers } from './mount';
import { cardPosition } from './position';

const REPORT: Report = {
  title: 'Marketing Director', company: 'Meridian', url: '', titleFamily: 'marketing', seniority: 'director',
  dutyFamily: 'sales', verdict: 'mislabeled', language: 'en',
  reason: 'Titled marketing, but 67% of the duties are selling.',
  shares: { sales: 0.67, marketing: 0.33, other: 0 },
  duties: [
    { text: 'Make 50 outbound calls a day', label: 'sales', confidence: 0.97, evidence: ['outbound calls'], section: 'responsibility' },
    { text: 'Create sales tools', label: 'marketing', confidence: 0.9, evidence: ['create … tools'], section: 'responsibility' },
    { text: 'Call on companies in your territory', label: 'sales', confidence: 0.95, evidence: ['territory'], section: 'responsibility' },
  ],
  redFlags: [{ kind: 'activity-quota', text: 'Make 50 outbound calls a day', phrase: 'Make 50 outbound calls a day' }],
};

const handlers = (): BadgeHandlers & Record<string, ReturnType<typeof vi.fn>> => ({
  cardOpened: vi.fn(), toggleFlag: vi.fn(), toggleHighlight: vi.fn(), correct: vi.fn(), viewFlagged: vi.fn(),
});

let title: HTMLElement;
let badge: PostingBadge;
const shadow = () => badge.host.shadowRoot!;
const button = () => shadow().querySelector('button.badge-button') as HTMLButtonElement;
const card = () => shadow().querySelector('[data-truetitle="card"]');
const cardButton = (name: string) => Array.from(shadow().querySelectorAll('.card button')).find((b) => b.textContent === name) as HTMLButtonElement | undefined;

function showReport(report: Report = REPORT, on = handlers()) {
  act(() => badge.showReport(report, on));
  return on;
}

beforeEach(() => {
  title = document.createElement('h1');
  title.textContent = 'Marketing Director';
  document.body.append(title);
  badge = new PostingBadge();
  badge.showJob('4012345678');
  badge.attach(title);
});
afterEach(() => {
  title.remove();
});

describe('PostingBadge', () => {
  it('shows a spinner and words while pending, never colour alone', () => {
    expect(badge.host.dataset).toMatchObject({ truetitle: 'badge', verdict: 'pending', jobId: '4012345678' });
    const pending = shadow().querySelector('.pending')!;
    expect(pending.getAttribute('role')).toBe('status');
    expect(pending.textContent).toBe('Checking title');
    expect(pending.querySelector('.spinner')).not.toBeNull();
  });

  it('offers a retry on error', () => {
    const retry = vi.fn();
    act(() => badge.showError('worker stopped', retry));
    expect(badge.host.dataset.verdict).toBe('error');
    expect(button().textContent).toContain('Error · retry');
    expect(button().getAttribute('aria-label')).toContain('worker stopped');
    act(() => button().click());
    expect(retry).toHaveBeenCalledOnce();
    expect(card()).toBeNull();
    showReport();
    expect(button().getAttribute('aria-label')).toBeNull();
  });

  it.each([
    ['mislabeled', 'sales', '⚠', 'Sales role · 67% of duties'],
    ['honest', 'marketing', '✓', 'Marketing role · 33% of duties'],
    ['hybrid', 'mixed', '◐', 'Mixed role'],
    ['unclear', 'unknown', '?', "Can't tell"],
  ] as const)('says %s in words with an icon', (verdict, dutyFamily, icon, label) => {
    showReport({ ...REPORT, verdict, dutyFamily });
    expect(badge.host.dataset.verdict).toBe(verdict);
    expect(button().querySelector('.icon')?.textContent).toBe(icon);
    expect(button().querySelector('.label')?.textContent).toBe(label);
    // Its name comes from its words (the icon is hidden from screen readers), not an attribute.
    expect(button().getAttribute('aria-label')).toBeNull();
    const spoken = Array.from(button().children).filter((child) => child.getAttribute('aria-hidden') !== 'true');
    expect(spoken.map((child) => child.textContent).join('')).toBe(`TrueTitle: ${label}`);
  });

  it('sits beside the title, outside any link, and is placed once however often it is attached', () => {
    const link = document.createElement('a');
    link.href = '/jobs/view/1/';
    link.append(title);
    document.body.append(link);
    badge.attach(title);
    badge.attach(title);
    expect(link.nextElementSibling).toBe(badge.host);
    expect(document.querySelectorAll('truetitle-badge')).toHaveLength(1);
    link.remove();
  });

  it('opens the card on hover and on keyboard focus, and closes it with Escape', () => {
    const on = showReport();
    expect(card()).toBeNull();
    expect(button().getAttribute('aria-expanded')).toBe('false');
    act(() => { shadow().querySelector('.root')!.dispatchEvent(new MouseEvent('mouseenter')); });
    expect(card()).not.toBeNull();
    expect(button().getAttribute('aria-expanded')).toBe('true');
    expect(button().getAttribute('aria-controls')).toBe('truetitle-card');
    act(() => { button().dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })); });
    expect(card()).toBeNull();
    act(() => { button().dispatchEvent(new FocusEvent('focus')); });
    expect(card()).not.toBeNull();
    expect(on.cardOpened).toHaveBeenCalled();
  });

  it('keeps the card while the pointer moves into it, and closes it after the pointer has left', () => {
    vi.useFakeTimers();
    try {
      showReport();
      const root = shadow().querySelector('.root')!;
      act(() => { root.dispatchEvent(new MouseEvent('mouseenter')); });
      act(() => { root.dispatchEvent(new MouseEvent('mouseleave')); });
      act(() => { root.dispatchEvent(new MouseEvent('mouseenter')); });
      act(() => { vi.advanceTimersByTime(1000); });
      expect(card()).not.toBeNull();
      act(() => { root.dispatchEvent(new MouseEvent('mouseleave')); });
      act(() => { vi.advanceTimersByTime(1000); });
      expect(card()).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('hides the last report while the next job is checked, then shows the new one under the pointer', () => {
    showReport();
    act(() => { shadow().querySelector('.root')!.dispatchEvent(new MouseEvent('mouseenter')); });
    expect(card()).not.toBeNull();
    act(() => badge.showJob('4012345999'));
    expect(badge.host.dataset).toMatchObject({ verdict: 'pending', jobId: '4012345999' });
    showReport({ ...REPORT, verdict: 'honest', dutyFamily: 'marketing', reason: 'A marketing job.' });
    expect(card()?.textContent).toContain('A marketing job.');
  });

  it('lists every duty with its label, evidence marked, and the red flags quoted', () => {
    showReport();
    act(() => button().click());
    const shown = card()!;
    expect(Array.from(shown.querySelectorAll('[data-label]')).map((d) => d.getAttribute('data-label'))).toEqual(['sales', 'sales', 'marketing']);
    expect(Array.from(shown.querySelectorAll('.duty mark')).map((m) => m.textContent)).toEqual(['outbound calls', 'territory', 'Create', 'tools']);
    expect(shown.querySelector('.flags')?.textContent).toContain('“Make 50 outbound calls a day”');
    expect(shown.textContent).toContain(REPORT.reason);
    expect(shown.textContent).toContain('director');
  });

  it('names the flag button by what it will do', () => {
    const on = showReport();
    act(() => button().click());
    act(() => cardButton('Flag posting')!.click());
    expect(on.toggleFlag).toHaveBeenCalledOnce();
    act(() => badge.updateCard({ flagged: true }));
    expect(cardButton('Unflag posting')).toBeDefined();
  });

  it('offers the flagged list as a button, also without duties', () => {
    for (const report of [REPORT, { ...REPORT, verdict: 'unclear' as const, duties: [], redFlags: [] }]) {
      const on = showReport(report);
      if (!card()) act(() => button().click());
      const view = cardButton('View flagged postings');
      expect(view?.type).toBe('button');
      act(() => view!.click());
      expect(on.viewFlagged).toHaveBeenCalledOnce();
      expect(on.toggleFlag).not.toHaveBeenCalled();
    }
  });

  it('records a correction', () => {
    const on = showReport();
    act(() => button().click());
    act(() => cardButton('Verdict wrong?')!.click());
    act(() => { (shadow().querySelector('input[value="hybrid"]') as HTMLInputElement).click(); });
    act(() => { shadow().querySelector('.correction')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })); });
    expect(on.correct).toHaveBeenCalledWith({ verdict: 'hybrid', comment: '' });
  });

  it('renders page text as text, never as markup', () => {
    showReport({ ...REPORT, reason: '<img src=x onerror=alert(1)>', duties: [{ ...REPORT.duties[0]!, text: '<script>alert(1)</script> calls' }] });
    act(() => button().click());
    expect(shadow().querySelector('img, script')).toBeNull();
    expect(card()!.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('cardPosition', () => {
  const rect = (top: number, left: number) => ({ top, left, bottom: top + 20, right: left + 100, width: 100, height: 20, x: left, y: top, toJSON: () => ({}) }) as DOMRect;
  it('goes below the badge when it fits', () => {
    expect(cardPosition(rect(100, 50), { width: 1280, height: 900 }, 400)).toEqual({ top: 128, left: 50, maxHeight: 764 });
  });
  it('goes above when there is more room above, and stays inside the viewport', () => {
    const p = cardPosition(rect(800, 1200), { width: 1280, height: 900 }, 400);
    expect(p.top).toBe(392);
    expect(p.left).toBe(1280 - 440 - 8);
  });
});

describe('PostingBadge across jobs', () => {
  it('gives the error button no expanded state, even after a report', () => {
    showReport();
    act(() => badge.showError('worker stopped', vi.fn()));
    expect(button().hasAttribute('aria-expanded')).toBe(false);
    expect(button().hasAttribute('aria-haspopup')).toBe(false);
  });

  it('closes a card opened from the keyboard when the next job starts or the badge leaves the page', () => {
    showReport();
    act(() => { button().dispatchEvent(new FocusEvent('focus')); });
    expect(card()).not.toBeNull();
    act(() => badge.showJob('4012345999'));
    showReport();
    expect(card()).toBeNull();
    act(() => { button().dispatchEvent(new FocusEvent('focus')); });
    act(() => badge.detach());
    expect(card()).toBeNull();
  });

  it('starts a fresh correction form for the next posting', () => {
    showReport();
    act(() => { shadow().querySelector('.root')!.dispatchEvent(new MouseEvent('mouseenter')); });
    act(() => cardButton('Verdict wrong?')!.click());
    expect(shadow().querySelector('form.correction')).not.toBeNull();
    act(() => badge.showJob('4012345999'));
    showReport({ ...REPORT, reason: 'The next posting.' });
    expect(card()?.textContent).toContain('The next posting.');
    expect(shadow().querySelector('form.correction')).toBeNull();
  });
});
