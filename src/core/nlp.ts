// The one wink-nlp instance, and the document model the engine reads: a posting's blocks
// are read in ONE readDoc, then cut into sentences and statements by token spans, so
// segmenting and classifying share the same tokens, lemmas, POS tags and entities.
import winkNLP, { type ItsFunction, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { CUSTOM_ENTITIES } from './patterns';
import type { RedFlag } from './types';

let instance: WinkMethods | null = null;

/** Created on first use: a worker pays the model's start-up once, and only when needed. */
export function nlp(): WinkMethods {
  if (!instance) {
    // Sentiment and named entities are not used: leaving them out of the pipe saves time.
    instance = winkNLP(model, ['sbd', 'negation', 'pos', 'cer']);
    instance.learnCustomEntities(CUSTOM_ENTITIES.map((entity) => ({ ...entity })), { matchValue: false, usePOS: true, useEntity: false });
  }
  return instance;
}

export interface Token {
  value: string;
  lemma: string;
  pos: string;
  stop: boolean;
  negated: boolean;
}

export interface Entity {
  type: string;
  value: string;
}

/** A stretch of text with its words (punctuation and spaces left out) and custom entities. */
export interface Parsed {
  text: string;
  tokens: Token[];
  entities: Entity[];
  /** the statement's red flags, when the pipeline has already looked for them */
  redFlags?: RedFlag[];
}

interface DocArrays {
  values: string[];
  spaces: string[];
  lemmas: string[];
  pos: string[];
  types: string[];
  stops: boolean[];
  negations: boolean[];
  sentences: Array<[number, number]>;
  entities: Array<{ type: string; value: string; start: number }>;
}

/**
 * Lemmas and stop-word flags depend on the word and its tag alone, and postings repeat
 * their vocabulary: remembered, they cost a lookup instead of wink-nlp's lemmatiser. The
 * memory is bounded, so a worker that reads thousands of postings does not grow.
 */
const WORD_MEMORY_LIMIT = 20_000;
interface WordFacts { lemma: string; stop: boolean }
const wordMemory = new Map<string, Map<string, WordFacts>>();
let rememberedWords = 0;

function factsOf(value: string, pos: string, read: () => WordFacts): WordFacts {
  let byValue = wordMemory.get(pos);
  if (!byValue) wordMemory.set(pos, (byValue = new Map()));
  let facts = byValue.get(value);
  if (!facts) {
    if (++rememberedWords > WORD_MEMORY_LIMIT) {
      for (const memory of wordMemory.values()) memory.clear();
      rememberedWords = 1;
    }
    facts = read();
    byValue.set(value, facts);
  }
  return facts;
}

function readArrays(text: string): DocArrays {
  const { its } = nlp();
  const doc = nlp().readDoc(text);
  const all = doc.tokens();
  const entities: DocArrays['entities'] = [];
  doc.customEntities().each((entity: { out: (f: unknown) => unknown }) => {
    const detail = entity.out(its.detail) as unknown as Entity;
    const span = entity.out(its.span) as unknown as [number, number];
    entities.push({ type: detail.type, value: detail.value, start: span[0] });
  });
  const values = all.out() as string[];
  const pos = all.out(its.pos) as string[];
  const lemmas: string[] = [];
  const stops: boolean[] = [];
  for (let i = 0; i < values.length; i++) {
    const facts = factsOf(values[i]!, pos[i]!, () => {
      const token = all.itemAt(i);
      return { lemma: token.out(its.lemma as ItsFunction<string>) as string, stop: token.out(its.stopWordFlag) as unknown as boolean };
    });
    lemmas.push(facts.lemma);
    stops.push(facts.stop);
  }
  return {
    values,
    spaces: all.out(its.precedingSpaces as ItsFunction<string>) as string[],
    lemmas,
    pos,
    types: all.out(its.type) as string[],
    stops,
    negations: all.out(its.negationFlag) as unknown as boolean[],
    sentences: doc.sentences().out(its.span) as unknown as Array<[number, number]>,
    entities,
  };
}

function tokenAt(a: DocArrays, i: number): Token | null {
  const type = a.types[i];
  if (type !== 'word' && type !== 'number') return null;
  const value = a.values[i] ?? '';
  return {
    value,
    lemma: type === 'number' ? '<num>' : (a.lemmas[i] ?? value).toLowerCase(),
    pos: a.pos[i] ?? 'X',
    stop: !!a.stops[i],
    negated: !!a.negations[i],
  };
}

const BLOCK_SEPARATOR = '\n\n';

/**
 * Reads several blocks of text at once and returns, per block, its sentences. A sentence
 * never crosses a block boundary, even where a block has no closing punctuation.
 */
export function parseBlocks(blocks: readonly string[]): Parsed[][] {
  const clean = blocks.map((b) => b.replace(/\s*\n\s*/g, ' '));
  const text = clean.join(BLOCK_SEPARATOR);
  const a = readArrays(text);
  // Character offset where each token starts, to find its block.
  const blockStarts: number[] = [];
  let offset = 0;
  for (const block of clean) {
    blockStarts.push(offset);
    offset += block.length + BLOCK_SEPARATOR.length;
  }
  const blockOfToken: number[] = [];
  const startOfToken: number[] = [];
  let position = 0;
  let block = 0;
  a.values.forEach((value, i) => {
    position += (a.spaces[i] ?? '').length;
    while (block + 1 < blockStarts.length && position >= (blockStarts[block + 1] ?? Infinity)) block++;
    blockOfToken.push(block);
    startOfToken.push(position);
    position += value.length;
  });
  const result: Parsed[][] = clean.map(() => []);
  const entitiesByStart = new Map(a.entities.map((e) => [e.start, e]));
  for (const [first, last] of a.sentences) {
    let current: { block: number; start: number; end: number; tokens: Token[]; entities: Entity[] } | null = null;
    const flush = () => {
      if (!current) return;
      const blockText = clean[current.block] ?? '';
      const base = blockStarts[current.block] ?? 0;
      const sentence = blockText.slice(current.start - base, current.end - base).trim();
      if (sentence) result[current.block]?.push({ text: sentence, tokens: current.tokens, entities: current.entities });
      current = null;
    };
    for (let i = first; i <= last; i++) {
      const b = blockOfToken[i] ?? 0;
      const value = a.values[i] ?? '';
      if (!value.trim()) continue;
      if (!current || current.block !== b) {
        flush();
        current = { block: b, start: startOfToken[i] ?? 0, end: startOfToken[i] ?? 0, tokens: [], entities: [] };
      }
      current.end = (startOfToken[i] ?? 0) + value.length;
      const token = tokenAt(a, i);
      if (token) current.tokens.push(token);
      const entity = entitiesByStart.get(i);
      if (entity) current.entities.push({ type: entity.type, value: entity.value });
    }
    flush();
  }
  return result;
}

/** One statement on its own (the CLI's classify, training): one block, all its sentences. */
export function parseText(text: string): Parsed {
  const sentences = parseBlocks([text])[0] ?? [];
  return joinParsed(text.replace(/\s*\n\s*/g, ' ').trim(), sentences);
}

export function joinParsed(text: string, parts: readonly Parsed[]): Parsed {
  if (parts.length === 1) return { text, tokens: parts[0]!.tokens, entities: parts[0]!.entities };
  return { text, tokens: parts.flatMap((p) => p.tokens), entities: parts.flatMap((p) => p.entities) };
}
