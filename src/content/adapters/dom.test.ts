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

  it('answers with the last match while it stands, and moves on when a better one appears inside it', () => {
    const document = pageOf('<div class="title">Job</div>');
    const outer = firstMatch(document, selectors);
    expect(outer?.className).toBe('title');
    expect(firstMatch(document, selectors)).toBe(outer);
    outer!.innerHTML = '<h1>Job</h1>';
    expect(firstMatch(document, selectors)?.tagName).toBe('H1');
  });

  it('looks again when the last match left the page or no longer matches', () => {
    const document = pageOf('<div class="title"><h1>First</h1></div>');
    const first = firstMatch(document, selectors)!;
    first.parentElement!.remove();
    document.body.innerHTML = '<div class="title"><h1>Second</h1></div>';
    expect(firstMatch(document, selectors)?.textContent).toBe('Second');
    const second = firstMatch(document, selectors)!;
    second.parentElement!.className = 'renamed';
    expect(firstMatch(document, selectors)).toBeNull();
  });

  it('keeps to the root it is given', () => {
    const document = pageOf('<section id="a"><div class="title">A</div></section><section id="b"><div class="title">B</div></section>');
    expect(firstMatch(document.querySelector('#a')!, selectors)?.textContent).toBe('A');
    expect(firstMatch(document.querySelector('#b')!, selectors)?.textContent).toBe('B');
  });
});
