// What the CLI reads: saved pages, postings as JSON, or plain text (first line the title).
import type { Posting } from '../core/types';
import { postingFromHtml } from './html';

export class InputError extends Error {}

function postingFromJson(value: unknown, where: string): Posting {
  if (!value || typeof value !== 'object') throw new InputError(`${where}: expected an object with "title" and "description"`);
  const v = value as Record<string, unknown>;
  if (typeof v.title !== 'string' || typeof v.description !== 'string') {
    throw new InputError(`${where}: a posting needs string fields "title" and "description"`);
  }
  const optional = (key: string) => (typeof v[key] === 'string' ? { [key]: v[key] as string } : {});
  return { title: v.title, description: v.description, ...optional('company'), ...optional('url'), ...optional('location') };
}

function fromJson(text: string): Posting[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new InputError(`not valid JSON (${(error as Error).message})`);
  }
  const items = Array.isArray(parsed) ? parsed : [parsed];
  if (!items.length) throw new InputError('the JSON array holds no postings');
  return items.map((item, i) => postingFromJson(item, Array.isArray(parsed) ? `posting ${i + 1}` : 'posting'));
}

function fromText(text: string): Posting[] {
  const [title = '', ...rest] = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!title.trim()) throw new InputError('the first line (the title) is empty');
  return [{ title: title.trim(), description: rest.join('\n') }];
}

function fromHtml(text: string): Posting[] {
  const posting = postingFromHtml(text);
  if (!posting) throw new InputError('no job posting found in this page (no LinkedIn or Indeed posting, no JobPosting JSON-LD)');
  return [posting];
}

export type InputFormat = 'html' | 'json' | 'text';

export function formatOf(name: string, text: string): InputFormat {
  if (/\.html?$/i.test(name)) return 'html';
  if (/\.json$/i.test(name)) return 'json';
  if (/\.txt$/i.test(name)) return 'text';
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return 'json';
  if (/^<(!doctype|html|head|body|div|main|section)\b/i.test(start)) return 'html';
  return 'text';
}

/** Refuses binary data: a posting is text. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new InputError('binary data, not a text file');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError('not valid UTF-8 text');
  }
}

export function readPostings(name: string, bytes: Uint8Array): Posting[] {
  const text = decodeText(bytes);
  if (!text.trim()) throw new InputError('the file is empty');
  const format = formatOf(name, text);
  if (format === 'json') return fromJson(text);
  if (format === 'html') return fromHtml(text);
  return fromText(text);
}
