import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, type Io } from './main';

const FIXTURES = resolve(import.meta.dirname, '../../e2e/fixtures/pages');
const pages = JSON.parse(readFileSync(resolve(FIXTURES, 'index.json'), 'utf8')) as Array<{
  file: string; kind: string; currentJobId?: string;
  postings: Array<{ jobId: string; title: string; company: string; expectedVerdict: string }>;
}>;

function fakeIo(files: Record<string, string | Uint8Array>, stdin = ''): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const bytes = (v: string | Uint8Array) => (typeof v === 'string' ? new TextEncoder().encode(v) : v);
  return {
    stdout, stderr,
    readFile: (path) => {
      const content = files[path];
      if (content === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return bytes(content);
    },
    readStdin: () => bytes(stdin),
    out: (line) => stdout.push(line),
    err: (line) => stderr.push(line),
  };
}

const SEED_TEXT = `Marketing Director
Develop the annual marketing plan and budget.
Create sales tools and segment the market.
Call on companies within your territory to sell our services.
Bring your own rolodex of prospects.
Make at least 50 outbound calls and 50 outbound emails a day.`;

describe('truetitle analyze', () => {
  it.each(pages.filter((p) => p.currentJobId))('reads the saved $kind page with the extension\'s adapters', (page) => {
    const io = fakeIo({ [page.file]: readFileSync(resolve(FIXTURES, page.file)) });
    expect(run(['analyze', page.file], io)).toBe(0);
    const expected = page.postings.find((p) => p.jobId === page.currentJobId)!;
    const report = JSON.parse(io.stdout[0]!);
    expect(report.title).toBe(expected.title);
    expect(report.company).toBe(expected.company);
    expect(report.file).toBe(page.file);
    expect(report.duties.length).toBeGreaterThan(3);
  });

  it('prints the contract\'s fields for a text posting', () => {
    const io = fakeIo({ 'seed.txt': SEED_TEXT });
    expect(run(['analyze', '--format', 'json', 'seed.txt'], io)).toBe(0);
    const report = JSON.parse(io.stdout[0]!);
    expect(Object.keys(report)).toEqual(expect.arrayContaining(['file', 'title', 'company', 'url', 'titleFamily', 'seniority', 'dutyFamily', 'verdict', 'reason', 'shares', 'duties', 'redFlags']));
    expect(report).toMatchObject({ title: 'Marketing Director', titleFamily: 'marketing', verdict: 'mislabeled' });
    expect(report.redFlags.map((f: { kind: string }) => f.kind)).toEqual(expect.arrayContaining(['activity-quota', 'own-book', 'territory']));
  });

  it('reads a JSON array of postings, and standard input', () => {
    const postings = JSON.stringify([{ title: 'Account Executive', description: 'Close new business and own a quota.' }, { title: 'Brand Manager', description: '<ul><li>Run campaigns</li></ul>' }]);
    const io = fakeIo({}, postings);
    expect(run(['analyze', '-'], io)).toBe(0);
    expect(io.stdout.map((l) => JSON.parse(l).title)).toEqual(['Account Executive', 'Brand Manager']);
    expect(JSON.parse(io.stdout[0]!).file).toBe('stdin');
  });

  it('reports unreadable or posting-less files, analyses the rest, and exits non-zero', () => {
    const io = fakeIo({ 'seed.txt': SEED_TEXT, 'empty.txt': '', 'bad.json': '{"title": 1}', 'page.html': '<html><body><p>Hello</p></body></html>', 'bin.txt': new Uint8Array([0, 1, 2]) });
    expect(run(['analyze', 'missing.txt', 'empty.txt', 'bad.json', 'page.html', 'bin.txt', 'seed.txt'], io)).toBe(1);
    expect(io.stdout).toHaveLength(1);
    expect(io.stderr).toEqual([
      'truetitle: missing.txt: no such file',
      'truetitle: empty.txt: the file is empty',
      'truetitle: bad.json: posting: a posting needs string fields "title" and "description"',
      'truetitle: page.html: no job posting found in this page (no LinkedIn or Indeed posting, no JobPosting JSON-LD)',
      'truetitle: bin.txt: binary data, not a text file',
    ]);
  });

  it('writes CSV with a header and formula-safe cells', () => {
    const io = fakeIo({ 'x.txt': '=HYPERLINK("http://evil")\nPlan campaigns, events and webinars.' });
    run(['analyze', '--format', 'csv', 'x.txt'], io);
    expect(io.stdout[0]).toMatch(/^file,title,company,url,titleFamily/);
    expect(io.stdout[1]).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });

  it('rejects unknown commands and formats with usage', () => {
    const io = fakeIo({});
    expect(run(['frobnicate'], io)).toBe(2);
    expect(run(['analyze', '--format', 'xml', 'a.txt'], io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/usage: truetitle analyze/);
  });
});

describe('truetitle classify', () => {
  it('labels each line on its own', () => {
    const io = fakeIo({ 'duties.txt': 'Create sales tools for the sales team\nMake 50 cold calls a day\n\nProcess commission statements\n' });
    expect(run(['classify', 'duties.txt'], io)).toBe(0);
    const lines = io.stdout.map((l) => JSON.parse(l));
    expect(lines.map((l) => l.label)).toEqual(['marketing', 'sales', 'other']);
    expect(lines[0]).toEqual({ text: 'Create sales tools for the sales team', label: 'marketing', confidence: expect.any(Number), evidence: expect.any(Array) });
  });
});
