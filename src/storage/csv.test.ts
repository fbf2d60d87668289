import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, parseCsv, toCsv } from './csv';
import { deepFreeze, posting } from './fixtures';

/** The data rows of an export, as a spreadsheet would read them. */
const rowsOf = (csv: string) => parseCsv(csv).slice(1);
const cellOf = (csv: string, column: (typeof CSV_COLUMNS)[number]) => rowsOf(csv)[0]![CSV_COLUMNS.indexOf(column)];
const roundTrip = (text: string) => cellOf(toCsv([posting({ note: text })]), 'note');

describe('toCsv', () => {
  it('starts with a UTF-8 byte-order mark and the documented header', () => {
    const csv = toCsv([]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(csv).toBe('\uFEFFtitle,company,location,site,url,verdict,sales share,marketing share,red flags,top sales duties,note,correction,first seen\r\n');
  });

  it('writes one row per posting with the documented cells', () => {
    const p = posting({
      firstSeen: new Date(2026, 10, 20, 12).toISOString(),
      redFlags: [{ kind: 'activity-quota', text: '50 calls a day' }, { kind: 'own-book', text: 'own rolodex' }],
      topDuties: [
        { text: 'Cold call prospects', label: 'sales', confidence: 0.9 },
        { text: 'Plan campaigns', label: 'marketing', confidence: 0.8 },
        { text: 'Close deals', label: 'sales', confidence: 0.7 },
      ],
      correction: { verdict: 'hybrid', comment: 'half and half', at: '2026-11-21T00:00:00.000Z' },
      note: 'Ask about OTE',
    });
    expect(rowsOf(toCsv([p]))).toEqual([[
      'Marketing Director', 'Acme Widgets', 'Columbus, OH', 'linkedin', 'https://www.linkedin.com/jobs/view/4012345001/',
      'mislabeled', '78%', '12%', 'activity-quota: 50 calls a day | own-book: own rolodex',
      'Cold call prospects | Close deals', 'Ask about OTE', 'hybrid: half and half', '2026-11-20',
    ]]);
  });

  it('shows a correction without a comment as the verdict alone, and none as empty', () => {
    expect(cellOf(toCsv([posting({ correction: { verdict: 'honest', comment: '', at: '2026-11-21T00:00:00.000Z' } })]), 'correction')).toBe('honest');
    expect(cellOf(toCsv([posting()]), 'correction')).toBe('');
  });

  it('ends every record with CRLF', () => {
    const csv = toCsv([posting(), posting({ jobId: '2' })]);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(4);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it.each([
    ['a double quote', 'He said "sell"', '"He said ""sell"""'],
    ['a comma', 'Sales, marketing', '"Sales, marketing"'],
    ['a line feed', 'line one\nline two', '"line one\nline two"'],
    ['a carriage return', 'line one\rline two', '"line one\rline two"'],
    ['a CRLF', 'line one\r\nline two', '"line one\r\nline two"'],
    ['leading and trailing spaces', '  padded  ', '"  padded  "'],
    ['only quotes', '""', '""""""'],
    ['an empty field', '', ''],
    ['plain text', 'Plain text', 'Plain text'],
  ])('escapes %s and reads it back unchanged', (_name, text, encoded) => {
    expect(csvCell(text)).toBe(encoded);
    expect(roundTrip(text)).toBe(text);
  });

  it('keeps empty fields as empty cells', () => {
    const row = rowsOf(toCsv([posting({ company: '', location: '', redFlags: [], topDuties: [] })]))[0]!;
    expect(row).toHaveLength(CSV_COLUMNS.length);
    expect([row[1], row[2], row[8], row[9], row[10], row[11]]).toEqual(['', '', '', '', '', '']);
  });

  it.each(['=', '+', '-', '@', '\t', '\r'])('neutralises a cell starting with %j against formula injection', (start) => {
    const hostile = `${start}HYPERLINK("http://evil.example","click")`;
    const csv = toCsv([posting({ title: hostile, note: hostile })]);
    expect(cellOf(csv, 'title')).toBe(`'${hostile}`);
    expect(cellOf(csv, 'note')).toBe(`'${hostile}`);
    expect(csv).not.toMatch(new RegExp(`[,\\n]"?${start === '+' ? '\\+' : start === '-' ? '\\-' : start}HYPERLINK`));
  });

  it('leaves the same characters alone when they are not first', () => {
    expect(roundTrip('a=b+c-d@e\tf')).toBe('a=b+c-d@e\tf');
  });

  it.each([
    ['accents', 'Responsable marketing – Île-de-France, Zürich, São Paulo'],
    ['CJK', 'マーケティング部長・営業 市场总监'],
    ['emoji', 'Rockstar 🚀 closer 💰👩🏽‍💼'],
    ['right-to-left', 'مدير التسويق — מנהל שיווק'],
  ])('keeps %s intact', (_name, text) => {
    const csv = toCsv([posting({ title: text, company: text, note: text })]);
    expect(rowsOf(csv)[0]!.slice(0, 2)).toEqual([text, text]);
    expect(cellOf(csv, 'note')).toBe(text);
    // ignoreBOM keeps the mark, which a default TextDecoder would strip on the way back.
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new TextEncoder().encode(csv))).toBe(csv);
  });

  it('round-trips any text (formula starts aside) through toCsv and parseCsv', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), fc.string(), (title, note) => {
      const expected = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
      const row = rowsOf(toCsv([posting({ title, note })]))[0]!;
      expect(row[0]).toBe(expected(title));
      expect(row[CSV_COLUMNS.indexOf('note')]).toBe(expected(note));
    }));
  });

  it('does not modify the postings it writes', () => {
    expect(() => toCsv(deepFreeze([posting()]))).not.toThrow();
  });
});

describe('parseCsv', () => {
  it('reads RFC 4180 records, with or without a final line ending', () => {
    expect(parseCsv('a,b\r\nc,d\r\n')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(parseCsv('a,b\r\nc,d')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(parseCsv('\uFEFFa,"b ""c"", d"\r\n')).toEqual([['a', 'b "c", d']]);
    expect(parseCsv('a,\r\n,\r\n\r\n"",x')).toEqual([['a', ''], ['', ''], [''], ['', 'x']]);
    expect(parseCsv('"multi\r\nline",z\nbare,lf')).toEqual([['multi\r\nline', 'z'], ['bare', 'lf']]);
    expect(parseCsv('')).toEqual([]);
  });

  it.each([
    ['an unterminated quoted field', 'a,"open\r\n', /unterminated/],
    ['text after a closing quote', '"a"b,c', /after a closing quote/],
    ['a quote inside an unquoted field', 'a"b,c', /quote inside an unquoted field/],
  ])('rejects %s', (_name, text, message) => {
    expect(() => parseCsv(text)).toThrow(message);
  });
});
