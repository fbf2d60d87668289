import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, parseCsv, toCsv } from './csv';
import { posting } from './fixtures';

describe('toCsv (property)', () => {
  it('round-trips any text through parseCsv, neutralising formula cells, and never throws', () => {
    fc.assert(fc.property(fc.string(), fc.string(), fc.string(), (title, company, note) => {
      const rows = parseCsv(toCsv([posting({ title, company, note })]));
      expect(rows[0]).toEqual([...CSV_COLUMNS]);
      const [record] = rows.slice(1);
      const neutral = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
      expect(record![0]).toBe(neutral(title));
      expect(record![1]).toBe(neutral(company));
      expect(record![CSV_COLUMNS.indexOf('note')]).toBe(neutral(note));
    }), { numRuns: 300 });
  });
});
