// @vitest-environment node
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { cleanText, firstMatch, nearest } from './dom';

interface Spec extends Array<unknown> { 0: string; 1: Record<string, string> }

/** Builds elements from [tag, attributes, ...children] (no markup strings). */
function build(document: Document, [tag, attributes, ...children]: Spec): Element {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children as Array<Spec | string>) element.append(typeof child === 'string' ? child : build(document, child));
  return element;
}

const pageOf = (...nodes: Spec[]) => {
  const document = new Window().document as unknown as Document;
  document.body.append(...nodes.map((node) => build(document, node)));
  return document;
};

describe('firstMatch', () => {
  const selectors = ['.title h1', '.title', 'h1.fallback'];

  it('prefers earlier selectors over later ones', () => {
    const document = pageOf(['h1', { class: 'fallback' }, 'Other'], ['div', { class: 'title' }, ['h1', {}, 'Job']]);
    expect(firstMatch(document, selectors)?.textContent).toBe('Job');
  });

  it('finds nothing when no selector matches', () => {
    expect(firstMatch(pageOf(['p', {}, 'nothing here']), selectors)).toBeNull();
  });

  it('after a fallback matched, a better selector matching anywhere still wins', () => {
    const document = pageOf(['h1', { class: 'fallback' }, 'Jobs for you']);
    expect(firstMatch(document, selectors)?.textContent).toBe('Jobs for you');
    document.body.append(build(document, ['section', {}, ['div', { class: 'title' }, ['h1', {}, 'Marketing Manager']]]));
    expect(firstMatch(document, selectors)?.textContent).toBe('Marketing Manager');
  });

  it('answers with the first match in the page, also when a newer one came before the old', () => {
    const document = pageOf(['div', { class: 'title' }, 'Old']);
    expect(firstMatch(document, selectors)?.textContent).toBe('Old');
    document.body.prepend(build(document, ['div', { class: 'title' }, 'New']));
    expect(firstMatch(document, selectors)?.textContent).toBe('New');
  });

  it('keeps to the root it is given', () => {
    const document = pageOf(['section', { id: 'a' }, ['div', { class: 'title' }, 'A']], ['section', { id: 'b' }, ['h1', { class: 'fallback' }, 'B']]);
    expect(firstMatch(document.querySelector('#a')!, selectors)?.textContent).toBe('A');
    expect(firstMatch(document.querySelector('#b')!, selectors)?.textContent).toBe('B');
    expect(firstMatch(document.querySelector('#a')!, selectors)?.textContent).toBe('A');
  });
});

describe('cleanText', () => {
  it('keeps words in neighbouring elements apart and collapses whitespace', () => {
    const document = pageOf(['div', { id: 'summary' }, ['span', {}, 'Chicago, IL'], ['span', {}, '6 days ago'], '\n   ·  ', ['b', {}, '62 applicants']]);
    expect(cleanText(document.querySelector('#summary'))).toBe('Chicago, IL 6 days ago · 62 applicants');
  });

  it('leaves out style and script content and our own nodes, wherever they sit', () => {
    const document = pageOf(['h1', { id: 'title' }, 'Marketing Director', ['style', {}, '.x{color:red}'], ['script', {}, 'track()'], ['span', { 'data-truetitle': 'badge' }, 'Sales role']]);
    expect(cleanText(document.querySelector('#title'))).toBe('Marketing Director');
    expect(cleanText(document.querySelector('[data-truetitle]'))).toBe('');
    expect(cleanText(null)).toBe('');
  });
});

describe('nearest', () => {
  it('finds the match in the smallest ancestor that holds one, not the first in the page', () => {
    const document = pageOf(
      ['section', { id: 'other' }, ['p', { class: 'summary' }, 'Another job']],
      ['section', { id: 'pane' }, ['div', { id: 'card' }, ['h1', {}, 'Title'], ['p', { class: 'summary' }, 'Acme · Boston']], ['p', { class: 'summary' }, 'Description aside']],
    );
    const pane = document.querySelector('#pane')!;
    expect(nearest(document.querySelector('h1')!, pane, ['.summary'])?.textContent).toBe('Acme · Boston');
    expect(nearest(document.querySelector('h1')!, pane, ['.missing'])).toBeNull();
  });
});
