import { describe, expect, it } from 'vitest';
import { seniority, titleFamily } from './title';

describe('titleFamily', () => {
  it.each([
    ['Marketing Director', 'marketing'], ['Mktg Mgr', 'marketing'], ['Sr. Growth Marketer', 'marketing'],
    ['Head of Demand Gen', 'marketing'], ['Brand Ambassador', 'marketing'], ['Social Media Manager', 'marketing'],
    ['Content Strategist', 'marketing'], ['PR Manager', 'marketing'], ['Communications Specialist', 'marketing'],
    ['BDR', 'sales'], ['Account Executive', 'sales'], ['Enterprise AE', 'sales'], ['Business Development Manager', 'sales'],
    ['Account Manager', 'sales'], ['Inside Sales Representative', 'sales'], ['Real Estate Agent', 'sales'],
    ['Director of Sales & Marketing', 'sales-and-marketing'], ['Marketing & Business Development Manager', 'sales-and-marketing'],
    ['SVP of Sales and Marketing', 'sales-and-marketing'],
    ['Sales Operations Analyst', 'other'], ['Sales Engineer', 'other'], ['Marketing Operations Analyst', 'other'],
    ['Software Engineer', 'other'], ['Customer Service Representative', 'other'],
    ['Executive Assistant to the VP of Sales and Marketing', 'other'], ['Sales Training Facilitator', 'other'],
  ])('%s → %s', (title, family) => {
    expect(titleFamily(title)).toBe(family);
  });
});

describe('seniority', () => {
  it.each([
    ['Marketing Director', 'director'], ['Senior Vice President, Sales', 'vice-president'], ['VP Marketing', 'vice-president'],
    ['Chief Marketing Officer', 'executive'], ['Head of Demand Gen', 'director'], ['Sr. Growth Marketer', 'senior'],
    ['Marketing Coordinator', 'entry'], ['Marketing Intern', 'intern'], ['Mktg Mgr', 'manager'], ['Growth Marketer', 'unspecified'],
  ])('%s → %s', (title, level) => {
    expect(seniority(title)).toBe(level);
  });
});

describe('titleFamily on O*NET alternate titles', () => {
  it('agrees with the team\'s labels on at least 95% of 1,242 real titles', async () => {
    const { readFileSync } = await import('node:fs');
    const { resolve } = await import('node:path');
    const rows = readFileSync(resolve(import.meta.dirname, '../../data/titles/onet-alternate-titles.tsv'), 'utf8')
      .trim().split('\n').slice(1).map((line) => line.split('\t'));
    const right = rows.filter(([title, family]) => titleFamily(title!) === family).length;
    expect(rows.length).toBeGreaterThan(1200);
    expect(right / rows.length).toBeGreaterThanOrEqual(0.95);
  });
});
