// truetitle analyze|classify: the engine over saved pages, JSON or text, for writers
// checking their own postings and researchers auditing many.
import { classifyDuty } from '../core/classify';
import { analyzePosting } from '../core/engine';
import { InputError, decodeText, readPostings } from './inputs';
import { CSV_HEADER, classificationJson, classificationText, reportCsv, reportJson, reportText, type Format } from './output';

export interface Io {
  readFile(path: string): Uint8Array;
  readStdin(): Uint8Array;
  out(line: string): void;
  err(line: string): void;
}

const USAGE = `usage: truetitle analyze [--format json|text|csv] FILE...
       truetitle classify [--format json|text] FILE|-
FILE is a saved job page (.html), a posting as JSON, or text (first line the title); - reads standard input.`;

interface Args {
  command: string;
  format: Format;
  files: string[];
}

function parseArgs(argv: readonly string[]): Args | string {
  const [command = '', ...rest] = argv;
  let format: Format = 'json';
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.split('=')[1] : rest[++i];
      if (value !== 'json' && value !== 'text' && value !== 'csv') return `unknown format "${value ?? ''}"`;
      format = value;
    } else if (arg === '-h' || arg === '--help') return '';
    else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else files.push(arg);
  }
  if (command !== 'analyze' && command !== 'classify') return command ? `unknown command "${command}"` : '';
  if (!files.length) return 'no FILE given (use - for standard input)';
  if (command === 'classify' && format === 'csv') return 'classify prints json or text';
  return { command, format, files };
}

function read(io: Io, file: string): Uint8Array {
  if (file === '-') return io.readStdin();
  try {
    return io.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code ?? (error as Error).message})`);
  }
}

function analyze(io: Io, args: Args): number {
  let failed = 0;
  if (args.format === 'csv') io.out(CSV_HEADER.join(','));
  for (const file of args.files) {
    try {
      const name = file === '-' ? 'stdin' : file;
      for (const posting of readPostings(name, read(io, file))) {
        const report = { file: name, ...analyzePosting(posting) };
        io.out(args.format === 'json' ? reportJson(report) : args.format === 'csv' ? reportCsv(report) : reportText(report));
      }
    } catch (error) {
      failed++;
      io.err(`truetitle: ${file}: ${error instanceof InputError ? error.message : `could not analyse (${(error as Error).message})`}`);
    }
  }
  return failed ? 1 : 0;
}

function classify(io: Io, args: Args): number {
  let failed = 0;
  for (const file of args.files) {
    try {
      const lines = decodeText(read(io, file)).split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
      for (const line of lines) {
        const c = classifyDuty(line.slice(0, 600));
        io.out(args.format === 'json' ? classificationJson(line, c) : classificationText(line, c));
      }
    } catch (error) {
      failed++;
      io.err(`truetitle: ${file}: ${(error as Error).message}`);
    }
  }
  return failed ? 1 : 0;
}

export function run(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    if (args) io.err(`truetitle: ${args}`);
    io.err(USAGE);
    return args ? 2 : 0;
  }
  return args.command === 'analyze' ? analyze(io, args) : classify(io, args);
}
