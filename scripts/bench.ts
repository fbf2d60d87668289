// npm run bench: how long the engine takes on a typical posting once warm, next to
// wink-nlp's bare readDoc of the same text in the same run. Prints figures only.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzePosting, statementsOf } from '../src/core/engine';
import { nlp } from '../src/core/nlp';
import type { Posting } from '../src/core/types';

const RUNS = 300;

function timeIt(run: () => void): { median: number; p95: number } {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(RUNS / 2)]!, p95: times[Math.floor(RUNS * 0.95)]! };
}

const postings = JSON.parse(readFileSync(resolve(import.meta.dirname, '../data/postings/team-postings.json'), 'utf8')) as Posting[];
const coldStart = performance.now();
nlp();
const coldMs = performance.now() - coldStart;
const text = (p: Posting) => statementsOf(p.description).map((s) => s.text).join(' ');
const tokens = (p: Posting) => nlp().readDoc(text(p)).tokens().length();
// The posting nearest 400 tokens is "typical"; the longest shows the tail.
const typical = [...postings].sort((a, b) => Math.abs(tokens(a) - 400) - Math.abs(tokens(b) - 400))[0]!;
const longest = [...postings].sort((a, b) => tokens(b) - tokens(a))[0]!;

console.log(`wink-nlp model start (cold): ${coldMs.toFixed(0)} ms`);
for (const [name, posting] of [['typical', typical], ['longest', longest]] as const) {
  const plain = text(posting);
  const sentences = statementsOf(posting.description).length;
  for (let i = 0; i < 20; i++) analyzePosting(posting); // warm up
  const engine = timeIt(() => analyzePosting(posting));
  const bare = timeIt(() => nlp().readDoc(plain));
  console.log(`${name} posting "${posting.title}": ${tokens(posting)} tokens, ${sentences} statements`);
  console.log(`  TrueTitle analyzePosting   median ${engine.median.toFixed(2)} ms   p95 ${engine.p95.toFixed(2)} ms`);
  console.log(`  wink-nlp bare readDoc      median ${bare.median.toFixed(2)} ms   p95 ${bare.p95.toFixed(2)} ms`);
}

// The largest input the extension accepts: a 1 MB description (cut at the engine's limits).
const bullet = '<li>Make 50 outbound calls a day to prospects in your territory and close new business.</li>';
const huge = { title: 'Marketing Manager', description: `<ul>${bullet.repeat(Math.ceil(1_000_000 / bullet.length))}</ul>` };
const hugeTimes: number[] = [];
for (let i = 0; i < 5; i++) {
  const start = performance.now();
  analyzePosting(huge);
  hugeTimes.push(performance.now() - start);
}
hugeTimes.sort((a, b) => a - b);
console.log(`1 MB description (${huge.description.length.toLocaleString('en')} characters): median ${hugeTimes[2]!.toFixed(0)} ms over 5 runs`);
