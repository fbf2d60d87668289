// Every fixture page kind, read by the adapter the content script would use at its URL.
// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { readPosting as readBlocks } from '../../core/read';
import { adapterFor } from '.';
import { readGenericPosting } from './jsonld';

interface FixturePage {
  file: string;
  url: string;
  kind: string;
  currentJobId?: string;
  postings: Array<{ jobId: string; title: string; company: string; location: string; descriptionStartsWith: string }>;
}

const FIXTURES = resolve(import.meta.dirname, '../../../e2e/fixtures/pages');
const pages = JSON.parse(readFileSync(resolve(FIXTURES, 'index.json'), 'utf8')) as FixturePage[];

function load(page: FixturePage): Document {
  const window = new Window({ url: page.url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  return new window.DOMParser().parseFromString(readFileSync(resolve(FIXTURES, page.file), 'utf8'), 'text/html') as unknown as Document;
}

const firstWords = (html: string) => readBlocks(html).map((b) => b.text).filter((t) => !/^about the job$/i.test(t)).join(' ');
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.each(pages.filter((p) => p.currentJobId))('$kind ($url)', (page) => {
  const url = new URL(page.url);
  const expected = page.postings.find((p) => p.jobId === page.currentJobId)!;

  it('finds the posting on screen with its title, company, location, job id and description', () => {
    const document = load(page);
    const adapter = adapterFor(url.hostname);
    const found = adapter ? adapter.readPosting(document, url) : readGenericPosting(document, url);
    expect(found).not.toBeNull();
    expect(found!.jobId).toBe(expected.jobId);
    const posting = found!.extract();
    expect(posting.title).toBe(expected.title);
    expect(posting.company).toBe(expected.company);
    expect(posting.location).toBe(expected.location);
    expect(norm(firstWords(posting.description))).toMatch(new RegExp(`^${norm(expected.descriptionStartsWith).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(found!.titleElement.textContent).toContain(expected.title);
  });

  it('reads the job id from the URL', () => {
    const adapter = adapterFor(url.hostname);
    if (adapter) expect(adapter.jobIdFrom(url)).toBe(expected.jobId);
  });
});

describe('job pages', () => {
  it.each([
    ['https://www.linkedin.com/jobs/view/4012345678/', true],
    ['https://www.linkedin.com/jobs/search/?currentJobId=4012345001&keywords=x', true],
    ['https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4012345001', true],
    ['https://www.linkedin.com/jobs/search-results/?currentJobId=4098765001', true],
    ['https://de.linkedin.com/jobs/view/marketing-manager-at-acme-4055512345', true],
    ['https://www.linkedin.com/feed/', false],
    ['https://www.linkedin.com/jobs/', false],
    ['https://www.linkedin.com/jobs/search/?keywords=x', false],
    ['https://www.indeed.com/viewjob?jk=a1b2c3d4e5f60718', true],
    ['https://uk.indeed.com/jobs?q=x&vjk=9f8e7d6c5b4a3921', true],
    ['https://www.indeed.com/jobs?q=x', false],
    ['https://www.indeed.com/viewjob?jk=<script>', false],
  ])('%s → %s', (href, isJob) => {
    const url = new URL(href);
    expect(adapterFor(url.hostname)?.isJobPage(url)).toBe(isJob);
  });

  it('has no adapter for other sites (those are read from JSON-LD on request)', () => {
    expect(adapterFor('careers.example-company.com')).toBeNull();
    expect(adapterFor('notlinkedin.com')).toBeNull();
    expect(adapterFor('indeed.com.evil.example')).toBeNull();
  });
});

describe('LinkedIn split view: the pane edited in place for the next job', () => {
  const page = pages.find((p) => p.kind === 'linkedin-search-2023')!;
  const next = page.postings.find((p) => p.jobId !== page.currentJobId)!;

  it('reads the next job from the same title element once it shows that job, and not before', () => {
    const document = load(page);
    const url = new URL(page.url);
    const found = adapterFor(url.hostname)!.readPosting(document, url)!;
    const nextUrl = new URL(page.url);
    nextUrl.searchParams.set('currentJobId', next.jobId);
    // The URL moved on first; the pane still shows the job before.
    expect(found.forJob!(next.jobId, nextUrl)).toBeNull();
    // The site edits the title and its link in place, as the page's own script does.
    found.titleElement.textContent = next.title;
    found.titleElement.closest('a')!.setAttribute('href', `/jobs/view/${next.jobId}/`);
    const moved = found.forJob!(next.jobId, nextUrl)!;
    expect(moved.jobId).toBe(next.jobId);
    expect(moved.titleElement).toBe(found.titleElement);
    expect(moved.extract()).toMatchObject({ title: next.title, jobId: next.jobId, url: `https://www.linkedin.com/jobs/view/${next.jobId}/` });
  });
});
