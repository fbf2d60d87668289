// The CLI's entry in Node: real files, real standard streams.
import { readFileSync } from 'node:fs';
import { run } from './main';

const lines: string[] = [];
const exitCode = run(process.argv.slice(2), {
  readFile: (path) => readFileSync(path),
  readStdin: () => readFileSync(0),
  out: (line) => {
    lines.push(line);
    if (lines.length >= 200) process.stdout.write(`${lines.splice(0).join('\n')}\n`);
  },
  err: (line) => process.stderr.write(`${line}\n`),
});
if (lines.length) process.stdout.write(`${lines.join('\n')}\n`);
process.exitCode = exitCode;
