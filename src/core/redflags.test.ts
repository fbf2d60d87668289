import { describe, expect, it } from 'vitest';
import { findRedFlags, redFlagsIn } from './redflags';

const kinds = (text: string) => redFlagsIn(text).map((f) => f.kind);

describe('redFlagsIn', () => {
  it.each([
    ['Make at least 50 outbound calls and 50 outbound emails a day.', 'activity-quota'],
    ['Book 20 meetings a week with decision makers.', 'activity-quota'],
    ['Minimum of 80 dials per day', 'activity-quota'],
    ['Bring your own book of business.', 'own-book'],
    ['Candidates must have their own rolodex of prospects.', 'own-book'],
    ['Carry and exceed a $1.2M annual quota.', 'personal-quota'],
    ['Meet or exceed monthly sales targets.', 'personal-quota'],
    ['Manage an assigned territory across Ohio and Kentucky.', 'territory'],
    ['Call on companies within your territory.', 'territory'],
    ['Uncapped commission and OTE of $120k.', 'commission'],
    ['Cold calling is a big part of the job.', 'cold-calling'],
    ['Door-to-door canvassing in residential neighbourhoods.', 'door-to-door'],
  ])('%s → %s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  it.each([
    'Build territory plans to support the sales team.',
    'Create tools that help the sales team hit their quota.',
    'Administer commission plans and statements for the sales org.',
    'This role has no cold calling.',
    'You will not carry a quota.',
    'Plan campaigns and events for our brand.',
  ])('raises nothing for "%s"', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('quotes the clause that raised a flag', () => {
    const [flag] = redFlagsIn('Responsibilities include, among others, making 50 cold calls a day, and reporting.');
    expect(flag?.phrase).toBe('making 50 cold calls a day');
  });

  it('lists each flag once across statements', () => {
    const flags = findRedFlags(['Cold calling daily.', 'Cold calling daily.', 'Own rolodex required.']);
    expect(flags.map((f) => f.kind)).toEqual(['cold-calling', 'own-book']);
  });
});
