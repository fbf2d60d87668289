// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Report } from '../../core/types';
import { Badge, cardPosition } from './Badge';
import type { CardActions } from './Card';
import type { BadgeState } from './verdict-text';

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

let container: HTMLElement;
const actions = (over: Partial<CardActions> = {}): CardActions => ({
  flagged: false, highlighted: false, correction: null,
  onOpen: vi.fn(), onToggleFlag: vi.fn(), onToggleHighlight: vi.fn(), onCorrect: vi.fn(), onViewFlagged: vi.fn(), ...over,
});

function show(state: BadgeState, a = actions(), onRetry = vi.fn()) {
  act(() => render(<Badge state={state} actions={a} onRetry={onRetry} />, container));
  return { button: container.querySelector('button.badge') as HTMLButtonElement, onRetry, actions: a };
}

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

describe('Badge', () => {
  it('shows a spinner and words while pending, never colour alone', () => {
    const { button } = show({ kind: 'pending' });
    expect(button.textContent).toBe('Checking title');
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(container.querySelector('.spinner')).not.toBeNull();
  });

  it('offers a retry on error', () => {
    const { button, onRetry } = show({ kind: 'error', message: 'worker stopped' });
    expect(button.textContent).toContain('Error · retry');
    expect(button.getAttribute('aria-label')).toContain('worker stopped');
    act(() => button.click());
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it.each([
    ['mislabeled', 'sales', '⚠', 'Sales role · 67% of duties'],
    ['honest', 'marketing', '✓', 'Marketing role · 33% of duties'],
    ['hybrid', 'mixed', '◐', 'Mixed role'],
    ['unclear', 'unknown', '?', "Can't tell"],
  ] as const)('says %s in words with an icon', (verdict, dutyFamily, icon, label) => {
    const { button } = show({ kind: 'report', report: { ...REPORT, verdict, dutyFamily } });
    expect(button.querySelector('.icon')?.textContent).toBe(icon);
    expect(button.querySelector('.label')?.textContent).toBe(label);
  });

  it('opens the card on hover and on keyboard focus, and closes it with Escape', () => {
    const { button } = show({ kind: 'report', report: REPORT });
    expect(container.querySelector('[data-truetitle="card"]')).toBeNull();
    act(() => { button.parentElement!.dispatchEvent(new MouseEvent('mouseenter')); });
    expect(container.querySelector('[data-truetitle="card"]')).not.toBeNull();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    act(() => { button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })); });
    expect(container.querySelector('[data-truetitle="card"]')).toBeNull();
    act(() => { button.dispatchEvent(new FocusEvent('focus')); });
    expect(container.querySelector('[data-truetitle="card"]')).not.toBeNull();
  });

  it('lists every duty with its label, evidence marked, and the red flags quoted', () => {
    const { button } = show({ kind: 'report', report: REPORT });
    act(() => button.click());
    const card = container.querySelector('[data-truetitle="card"]')!;
    expect(Array.from(card.querySelectorAll('[data-label]')).map((d) => d.getAttribute('data-label'))).toEqual(['sales', 'sales', 'marketing']);
    expect(Array.from(card.querySelectorAll('.duty mark')).map((m) => m.textContent)).toEqual(['outbound calls', 'territory', 'Create', 'tools']);
    expect(card.querySelector('.flags')?.textContent).toContain('“Make 50 outbound calls a day”');
    expect(card.textContent).toContain(REPORT.reason);
    expect(card.textContent).toContain('director');
  });

  it('names the flag button by what it will do', () => {
    const unflagged = show({ kind: 'report', report: REPORT });
    act(() => unflagged.button.click());
    const flag = Array.from(container.querySelectorAll('.card button')).find((b) => b.textContent === 'Flag posting') as HTMLButtonElement;
    act(() => flag.click());
    expect(unflagged.actions.onToggleFlag).toHaveBeenCalledOnce();
    show({ kind: 'report', report: REPORT }, actions({ flagged: true }));
    expect(Array.from(container.querySelectorAll('.card button')).map((b) => b.textContent)).toContain('Unflag posting');
  });

  it('offers the flagged list as a button, also without duties', () => {
    for (const report of [REPORT, { ...REPORT, verdict: 'unclear' as const, duties: [], redFlags: [] }]) {
      const { button, actions: a } = show({ kind: 'report', report }, actions());
      act(() => button.click());
      const view = Array.from(container.querySelectorAll('.card button')).find((b) => b.textContent === 'View flagged postings') as HTMLButtonElement | undefined;
      expect(view?.type).toBe('button');
      act(() => view!.click());
      expect(a.onViewFlagged).toHaveBeenCalledOnce();
      expect(a.onToggleFlag).not.toHaveBeenCalled();
      act(() => render(null, container));
    }
  });

  it('records a correction', () => {
    const { button, actions: a } = show({ kind: 'report', report: REPORT });
    act(() => button.click());
    const open = Array.from(container.querySelectorAll('.card button')).find((b) => b.textContent === 'Verdict wrong?') as HTMLButtonElement;
    act(() => open.click());
    const hybrid = container.querySelector('input[value="hybrid"]') as HTMLInputElement;
    act(() => { hybrid.click(); });
    act(() => { (container.querySelector('.correction') as HTMLFormElement).dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })); });
    expect(a.onCorrect).toHaveBeenCalledWith({ verdict: 'hybrid', comment: '' });
  });

  it('renders page text as text, never as markup', () => {
    const hostile = { ...REPORT, reason: '<img src=x onerror=alert(1)>', duties: [{ ...REPORT.duties[0]!, text: '<script>alert(1)</script> calls' }] };
    const { button } = show({ kind: 'report', report: hostile });
    act(() => button.click());
    expect(container.querySelector('img, script')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
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
