// An RFC 4180 reader: what the tests use to prove every escape round-trips, and what an
// e2e check can use on a downloaded export. Strict, so a malformed file fails loudly.

/**
 * Rows of fields. A leading byte-order mark is skipped; records end with CRLF (a bare LF
 * or CR is accepted too); a final line ending does not make an empty record.
 * Throws on a quote inside an unquoted field, text after a closing quote, or an
 * unterminated quoted field.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = text.startsWith('\uFEFF') ? 1 : 0;
  let atFieldStart = true;

  const endField = () => { row.push(field); field = ''; atFieldStart = true; };
  const endRow = () => { endField(); rows.push(row); row = []; };

  while (i < text.length) {
    const ch = text[i]!;
    if (atFieldStart && ch === '"') {
      const close = readQuoted(text, i + 1);
      field = close.value;
      i = close.end;
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
        throw new Error(`CSV: unexpected character after a closing quote at offset ${i}`);
      }
      atFieldStart = false;
      continue;
    }
    atFieldStart = false;
    if (ch === ',') endField();
    else if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    } else if (ch === '"') throw new Error(`CSV: quote inside an unquoted field at offset ${i}`);
    else field += ch;
    i++;
  }
  // Text after the last line ending, or a record ended by "," alone, is a last record.
  if (!atFieldStart || row.length > 0) endRow();
  return rows;
}

/** From just after an opening quote to just after its closing quote, with "" read as ". */
function readQuoted(text: string, start: number): { value: string; end: number } {
  let value = '';
  let i = start;
  for (;;) {
    const close = text.indexOf('"', i);
    if (close === -1) throw new Error(`CSV: unterminated quoted field starting at offset ${start - 1}`);
    value += text.slice(i, close);
    if (text[close + 1] === '"') { value += '"'; i = close + 2; continue; }
    return { value, end: close + 1 };
  }
}
