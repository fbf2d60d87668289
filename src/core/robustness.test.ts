// Bad and hostile input: the engine answers every one with a report of valid shape, an
// unclear verdict where it cannot judge, in bounded time, and never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyDuty } from './classify';
import { analyzePosting, LIMITS } from './engine';
import { parseBlocks } from './nlp';
import { readPosting } from './read';
import { segment } from './segment';
import { LABELS, VERDICTS, type Report } from './types';

function expectValidReport(report: Report): void {
  expect(VERDICTS).toContain(report.verdict);
  expect(['sales', 'marketing', 'mixed', 'other', 'unknown']).toContain(report.dutyFamily);
  expect(report.reason.length).toBeGreaterThan(10);
  const total = report.shares.sales + report.shares.marketing + report.shares.other;
  expect(total === 0 || Math.abs(total - 1) < 0.02).toBe(true);
  for (const duty of report.duties) {
    expect(LABELS).toContain(duty.label);
    expect(duty.confidence).toBeGreaterThanOrEqual(0);
    expect(duty.confidence).toBeLessThanOrEqual(1);
  }
}

describe('bad input', () => {
  it.each([
    ['an empty posting', { title: '', description: '' }],
    ['a title only', { title: 'Marketing Director', description: '' }],
    ['emoji-only lines', { title: 'Marketing Manager', description: '🚀🚀🚀\n✨✨\n🔥' }],
    ['script and style only', { title: 'Marketing Manager', description: '<script>alert(1)</script><style>p{}</style>' }],
    ['Japanese text', { title: 'マーケティングマネージャー', description: '<ul><li>新しいキャンペーンを企画し、実行する。</li><li>ブランド戦略を立案する。</li><li>営業チームと協力する。</li></ul>' }],
  ])('%s gets an unclear verdict with its reason', (_, posting) => {
    const report = analyzePosting(posting);
    expectValidReport(report);
    expect(report.verdict).toBe('unclear');
  });

  it('says an empty posting is too short, and a Japanese one is not in English', () => {
    expect(analyzePosting({ title: 'Marketing Director', description: '' }).reason).toMatch(/too few duties/i);
    expect(analyzePosting({ title: 'Marketing Manager', description: '🚀🚀🚀' }).reason).toMatch(/too few duties/i);
    expect(analyzePosting({ title: 'マーケティング', description: '新しいキャンペーンを企画し、実行する。ブランド戦略を立案する。営業チームと協力する。' }).reason).toMatch(/English postings only/);
  });

  it('treats HTML-looking text in a description as text', () => {
    const report = analyzePosting({ title: 'Marketing Manager', description: 'Plan &lt;b&gt;campaigns&lt;/b&gt; and events.\nWrite <img src=x onerror=alert(1)> content for the blog.\nRun paid social.' });
    expectValidReport(report);
    expect(report.duties.map((d) => d.text).join(' ')).toContain('<b>campaigns</b>');
  });

  it('reads deeply nested HTML without recursion limits', () => {
    const description = `${'<div><span>'.repeat(5000)}Plan campaigns and run events for the brand.${'</span></div>'.repeat(5000)}`;
    expectValidReport(analyzePosting({ title: 'Marketing Manager', description }));
  });

  it('analyses a 1 MB description within a second, cut at its stated limit', () => {
    const bullet = '<li>Make 50 outbound calls a day to prospects in your territory and close new business.</li>';
    const description = `<ul>${bullet.repeat(Math.ceil(1_000_000 / bullet.length))}</ul>`;
    expect(description.length).toBeGreaterThanOrEqual(1_000_000);
    const start = performance.now();
    const report = analyzePosting({ title: 'Marketing Manager', description });
    const elapsed = performance.now() - start;
    expectValidReport(report);
    expect(report.duties.length).toBeLessThanOrEqual(LIMITS.statements);
    expect(report.verdict).toBe('mislabeled');
    expect(elapsed).toBeLessThan(5_000); // generous: the figure itself is printed by npm run bench
  });

  it('handles 10,000 one-word bullets', () => {
    const description = `<ul>${Array.from({ length: 10_000 }, (_, i) => `<li>word${i % 50}</li>`).join('')}</ul>`;
    const report = analyzePosting({ title: 'Sales Manager', description });
    expectValidReport(report);
  });

  it('answers unclear for mixed-language postings that are mostly not English', () => {
    const report = analyzePosting({
      title: 'Gerente de Marketing',
      description: '<ul><li>Desarrollar y ejecutar el plan de marketing de la marca.</li><li>Gestionar las campañas en redes sociales y el presupuesto.</li><li>Coordinar los eventos con el equipo de ventas. Some English here.</li></ul>',
    });
    expect(report.verdict).toBe('unclear');
    expect(report.language).toBe('es');
  });
});

describe('properties', () => {
  const html = fc.oneof(
    fc.string(),
    fc.array(fc.oneof(fc.constantFrom('<p>', '</p>', '<li>', '</li>', '<br>', '<ul>', '<h3>', '</h3>', '<strong>', '•', '&amp;', '&#8226;', '<script>', '</script>', '\n', ' '), fc.string()), { maxLength: 40 }).map((parts) => parts.join('')),
  );

  it('read never throws, keeps only blocks with letters or digits, and is deterministic', () => {
    fc.assert(fc.property(html, (input) => {
      const blocks = readPosting(input);
      for (const block of blocks) {
        expect(['heading', 'item', 'paragraph']).toContain(block.kind);
        expect(block.text).toMatch(/[\p{L}\p{N}]/u);
        expect(block.text).toBe(block.text.trim());
      }
      expect(readPosting(input)).toEqual(blocks);
    }), { numRuns: 300 });
  });

  it('segment never throws and every statement has a known section', () => {
    fc.assert(fc.property(html, (input) => {
      const statements = segment(readPosting(input), parseBlocks);
      for (const s of statements) expect(['responsibility', 'requirement', 'about', 'benefits', 'legal', 'other']).toContain(s.section);
    }), { numRuns: 150 });
  });

  it('classify always returns a label, a confidence in [0, 1] and evidence found in the text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => {
      const c = classifyDuty(text);
      expect(LABELS).toContain(c.label);
      expect(c.confidence).toBeGreaterThanOrEqual(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
      expect(classifyDuty(text)).toEqual(c);
    }), { numRuns: 200 });
  });

  it('analyzePosting always returns a valid report', () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), html, (title, description) => {
      expectValidReport(analyzePosting({ title, description }));
    }), { numRuns: 100 });
  });
});
