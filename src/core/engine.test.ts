import { describe, expect, it } from 'vitest';
import { analyzePosting } from './engine';

// The seed's story, written as the posting it was.
const SEED = {
  title: 'Marketing Director',
  company: 'Meridian Outsourcing Group',
  description: `
    <p><strong>About us</strong></p><p>Meridian is a business process outsourcing firm serving mid-sized companies.</p>
    <p><strong>What you'll do</strong></p>
    <ul>
      <li>Develop the annual marketing plan and budget.</li>
      <li>Create sales tools such as brochures, case studies and pitch decks.</li>
      <li>Segment our market by industry and company size.</li>
      <li>Plan campaigns and run our presence at industry events.</li>
      <li>Call on companies within your assigned territory to sell our outsourcing services.</li>
      <li>Make at least 50 outbound calls and 50 outbound emails a day.</li>
    </ul>
    <p><strong>Requirements</strong></p>
    <ul><li>You bring your own rolodex of prospects to call on.</li><li>5+ years of B2B experience.</li></ul>
    <p><strong>Benefits</strong></p><ul><li>Base salary plus commission.</li><li>Medical, dental and vision.</li></ul>
    <p>We are an equal opportunity employer.</p>`,
};

// An honest marketing posting that names the sales team again and again.
const HONEST = {
  title: 'Senior Product Marketing Manager',
  description: `
    <h3>The role</h3><p>You will own positioning and messaging for our payroll product and make the sales team more effective.</p>
    <h3>Responsibilities</h3>
    <ul>
      <li>Own positioning and messaging, and document it in a framework used by marketing and sales.</li>
      <li>Plan and run go-to-market for product launches, including launch campaigns.</li>
      <li>Build sales tools: pitch decks, one-pagers, demo scripts and competitive battlecards for the sales team.</li>
      <li>Train account executives and SDRs on new messaging at sales kickoff.</li>
      <li>Support the sales team with customer case studies and ROI calculators.</li>
      <li>Generate pipeline through webinars and nurture campaigns with demand generation.</li>
      <li>Run win/loss interviews and share competitive insights with sales leadership.</li>
      <li>Work with sales on account-based marketing plays for target accounts.</li>
    </ul>
    <h3>Requirements</h3><ul><li>5+ years in B2B product marketing.</li><li>You will not carry a quota.</li></ul>`,
};

describe('analyzePosting', () => {
  it('calls the seed posting a sales job with a marketing title, citing its red flags', () => {
    const report = analyzePosting(SEED);
    expect(report.titleFamily).toBe('marketing');
    expect(report.seniority).toBe('director');
    expect(report.dutyFamily).toBe('sales');
    expect(report.verdict).toBe('mislabeled');
    const kinds = report.redFlags.map((f) => f.kind);
    expect(kinds).toEqual(expect.arrayContaining(['activity-quota', 'own-book', 'territory', 'commission']));
    expect(report.reason).toMatch(/Titled marketing, but/);
    expect(report.reason).toMatch(/sales/);
  });

  it('does not classify about-us, benefits or equal-opportunity text', () => {
    const texts = analyzePosting(SEED).duties.map((d) => d.text);
    expect(texts.some((t) => /equal opportunity|dental|outsourcing firm serving/i.test(t))).toBe(false);
  });

  it('calls an honest marketing posting honest even though it mentions sales throughout', () => {
    const report = analyzePosting(HONEST);
    expect(report.titleFamily).toBe('marketing');
    expect(report.dutyFamily).toBe('marketing');
    expect(report.verdict).toBe('honest');
    expect(report.redFlags).toEqual([]);
    expect(report.shares.marketing).toBeGreaterThan(0.6);
  });

  it('gives every duty a label, a confidence between 0 and 1 and its evidence', () => {
    for (const duty of analyzePosting(SEED).duties) {
      expect(['sales', 'marketing', 'other']).toContain(duty.label);
      expect(duty.confidence).toBeGreaterThan(0);
      expect(duty.confidence).toBeLessThanOrEqual(1);
      expect(Array.isArray(duty.evidence)).toBe(true);
    }
  });

  it('answers unclear when there is too little to judge', () => {
    const report = analyzePosting({ title: 'Marketing Manager', description: 'Great opportunity!' });
    expect(report.dutyFamily).toBe('unknown');
    expect(report.verdict).toBe('unclear');
    expect(report.reason).toMatch(/too few duties/i);
  });

  it('answers unclear for a non-English posting, naming the language', () => {
    const report = analyzePosting({
      title: 'Marketing Manager (m/w/d)',
      description: '<h3>Ihre Aufgaben</h3><ul><li>Sie entwickeln und steuern unsere Kampagnen für die Marke.</li><li>Sie sind verantwortlich für das Budget und die Planung der Messen und Events mit unseren Partnern.</li></ul>',
    });
    expect(report.verdict).toBe('unclear');
    expect(report.language).toBe('de');
    expect(report.reason).toMatch(/German/);
  });

  it('answers unclear when the title is neither sales nor marketing', () => {
    const report = analyzePosting({ ...HONEST, title: 'Software Engineer' });
    expect(report.titleFamily).toBe('other');
    expect(report.verdict).toBe('unclear');
  });

  it('is deterministic', () => {
    expect(analyzePosting(SEED)).toEqual(analyzePosting(SEED));
  });
});
