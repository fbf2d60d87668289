import { describe, expect, it } from 'vitest';
import { parseBlocks } from './nlp';
import { readPosting, type Block } from './read';
import { boilerplateKind, DUTY_SECTIONS, sectionForHeading, segment } from './segment';

const run = (blocks: Block[]) => segment(blocks, parseBlocks).map(({ text, section }) => ({ text, section }));

describe('segment', () => {
  it('tags each statement with its section and splits paragraphs into sentences', () => {
    const blocks = readPosting(`
      <h3>Responsibilities</h3><ul><li>Run paid social campaigns</li></ul>
      <h3>Requirements</h3><p>Five years in B2B marketing. Strong writing.</p>
      <h3>Benefits</h3><ul><li>Dental and vision</li></ul>
      <h3>About us</h3><p>We are a logistics company.</p>`);
    expect(run(blocks)).toEqual([
      { text: 'Run paid social campaigns', section: 'responsibility' },
      { text: 'Five years in B2B marketing.', section: 'requirement' },
      { text: 'Strong writing.', section: 'requirement' },
      { text: 'Dental and vision', section: 'benefits' },
      { text: 'We are a logistics company.', section: 'about' },
    ]);
  });

  it('sets equal-opportunity text apart wherever it appears', () => {
    const blocks = readPosting('<h3>What you will do</h3><p>We are an equal opportunity employer and consider all applicants without regard to race.</p>');
    expect(run(blocks)[0]?.section).toBe('legal');
  });

  it('does not classify boilerplate sections', () => {
    expect(DUTY_SECTIONS.has('legal')).toBe(false);
    expect(DUTY_SECTIONS.has('benefits')).toBe(false);
    expect(DUTY_SECTIONS.has('responsibility')).toBe(true);
  });
});

describe('sectionForHeading', () => {
  it.each([
    ["What you'll do", 'responsibility'], ['Key Responsibilities', 'responsibility'], ['About the role', 'responsibility'],
    ['What you bring', 'requirement'], ['Qualifications', 'requirement'], ['Perks & Benefits', 'benefits'],
    ['About Acme', 'about'], ['Equal Opportunity Employer', 'legal'],
  ])('%s → %s', (heading, kind) => {
    expect(sectionForHeading(heading)).toBe(kind);
  });
});

describe('boilerplateKind', () => {
  it('spots pay and legal sentences', () => {
    expect(boilerplateKind('We offer medical, dental and vision insurance.')).toBe('benefits');
    expect(boilerplateKind('Reasonable accommodation is available on request.')).toBe('legal');
    expect(boilerplateKind('Plan and run webinars.')).toBeNull();
  });
});

describe('company self-description', () => {
  it('is "about" text when the sentence starts with the company describing itself', () => {
    expect(boilerplateKind('Cascade Outfitters is a Portland-based outdoor gear retailer with 11 stores.', 'Cascade Outfitters')).toBe('about');
    expect(boilerplateKind('At Meridian Outsourcing we have served clients since 1999.', 'Meridian Outsourcing Group')).toBe('about');
    expect(boilerplateKind('Cascade customers love our gear.', 'Cascade Outfitters')).toBeNull();
  });
});
