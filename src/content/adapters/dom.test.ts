// @vitest-environment node
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { firstMatch } from './dom';

const pageOf = (html: string) => {
  const { document } = new Window();
  document.body.innerHTML = html;
  return document as unknown as Document;
};

describe('firstMatch', () => {
  const selectors = ['.title h1', '.title', 'h1.fallback'];

  it('prefers earlier selectors over later ones', () => {
    const document = pageOf('<h1 class="fallback">Other</h1><div class="title"><h1>Job</h1></div>');
    expect(firstMatch(document, selectors)?.textContent).toBe('Job');
  });

  it('finds nothing when no selector matches', () => {
    expect(firstMatch(pageOf('<p>nothing here</p>'), selectors)).toBeNull();
  });

  it('after a fallback matched, a better selector matching anywhere still wins', () => {
    const document = pageOf('<h1 class="fallback">Jobs for you</h1>');
    expect(firstMatch(document, selectors)?.textContent).toBe('Jobs for you');
    document.body.insertAdjacentHTML('beforeend', '<section><div class="title"><h1>Marketing Manager</h1></div></section>');
    expect(firstMatch(document, selectors)?.textContent).toBe('Marketing Manager');
  });

  it('answers with the first match in the page, also when a newer one came before the old', () => {
    const document = pageOf('<div class="title">Old</div>');
    expect(firstMatch(document, selectors)?.textContent).toBe('Old');
    document.body.insertAdjacentHTML('afterbegin', '<div class="title">New</div>');
    expect(firstMatch(document, selectors)?.textContent).toBe('New');
  });

  it('keeps to the root it is given', () => {
    const document = pageOf('<section id="a"><div class="title">A</div></section><section id="b"><h1 class="fallback">B</h1></section>');
    expect(firstMatch(document.querySelector('#a')!, selectors)?.textContent).toBe('A');
    expect(firstMatch(document.querySelector('#b')!, selectors)?.textContent).toBe('B');
    expect(firstMatch(document.querySelector('#a')!, selectors)?.textContent).toBe('A');
  });
});
