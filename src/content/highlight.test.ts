// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Duty } from '../core/types';
import { highlightDuties } from './highlight';

const duty = (text: string, label: Duty['label']): Duty => ({ text, label, confidence: 0.9, evidence: [], section: 'responsibility' });

function fixture(): HTMLElement {
  const container = document.createElement('div');
  container.append(document.createElement('p'));
  container.firstElementChild!.append('Intro text. Develop the   marketing plan. ', Object.assign(document.createElement('strong'), { textContent: 'Call on' }), ' companies in your territory.');
  const list = document.createElement('ul');
  for (const item of ['Create sales tools', 'Make 50 calls a day']) list.append(Object.assign(document.createElement('li'), { textContent: item }));
  container.append(list);
  return container;
}

describe('highlightDuties', () => {
  it('marks each duty with its label, across inline elements', () => {
    const container = fixture();
    highlightDuties(container, [
      duty('Develop the marketing plan.', 'marketing'),
      duty('Call on companies in your territory.', 'sales'),
      duty('Create sales tools', 'marketing'),
      duty('Make 50 calls a day', 'sales'),
    ]);
    const marks = Array.from(container.querySelectorAll('mark[data-truetitle="highlight"]'));
    expect(marks.map((m) => [m.getAttribute('data-label'), m.textContent])).toEqual([
      ['marketing', 'Develop the   marketing plan.'],
      ['sales', 'Call on'],
      ['sales', ' companies in your territory.'],
      ['marketing', 'Create sales tools'],
      ['sales', 'Make 50 calls a day'],
    ]);
  });

  it('leaves the DOM exactly as it was when removed: same nodes, same text', () => {
    const container = fixture();
    const before = container.outerHTML;
    const textNodes: Node[] = [];
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) textNodes.push(n);
    const undo = highlightDuties(container, [duty('Develop the marketing plan.', 'marketing'), duty('Call on companies', 'sales'), duty('Create sales tools', 'marketing')]);
    expect(container.outerHTML).not.toBe(before);
    undo();
    expect(container.outerHTML).toBe(before);
    const after: Node[] = [];
    const again = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    for (let n = again.nextNode(); n; n = again.nextNode()) after.push(n);
    expect(after).toHaveLength(textNodes.length);
    after.forEach((node, i) => expect(node).toBe(textNodes[i]));
  });

  it('skips duties it cannot find and never throws', () => {
    const container = fixture();
    const undo = highlightDuties(container, [duty('Not in the page at all', 'sales'), duty('', 'other')]);
    expect(container.querySelectorAll('mark')).toHaveLength(0);
    expect(() => undo()).not.toThrow();
  });
});
