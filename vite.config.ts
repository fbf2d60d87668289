import { resolve } from 'node:path';
import { defineConfig, type InlineConfig } from 'vite';

// The extension is built in separate vite runs because browsers need different shapes:
// the popup and options pages are ordinary multi-page HTML; every script the browser
// loads on its own (content scripts, the background worker) must be ONE classic file,
// so each is a library build in IIFE format with no shared chunks.
export const STAGE_DIR = resolve(import.meta.dirname, 'dist/.stage');

export const SCRIPT_ENTRIES = {
  content: 'src/content/main.ts',
  jsonld: 'src/content/jsonld-main.ts',
  background: 'src/background/main.ts',
} as const;

export type BuildTarget = 'pages' | 'cli' | keyof typeof SCRIPT_ENTRIES;

export const CLI_DIR = resolve(import.meta.dirname, 'dist/cli');

const shared: InlineConfig = {
  configFile: false,
  logLevel: 'warn',
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
};

export function configFor(target: BuildTarget): InlineConfig {
  if (target === 'pages') {
    return {
      ...shared,
      root: import.meta.dirname,
      base: '',
      publicDir: resolve(import.meta.dirname, 'public'),
      build: {
        outDir: STAGE_DIR,
        emptyOutDir: false,
        modulePreload: false,
        target: 'es2022',
        rollupOptions: {
          input: {
            popup: resolve(import.meta.dirname, 'src/ui/popup/popup.html'),
            options: resolve(import.meta.dirname, 'src/ui/options/options.html'),
          },
        },
      },
    };
  }
  if (target === 'cli') {
    // The command-line tool: one ES module for Node; the DOM library stays a dependency.
    return {
      ...shared,
      publicDir: false,
      ssr: { noExternal: true, external: ['linkedom'] },
      build: {
        outDir: CLI_DIR,
        emptyOutDir: true,
        target: 'node20',
        ssr: resolve(import.meta.dirname, 'src/cli/node.ts'),
        rollupOptions: { output: { entryFileNames: 'truetitle.mjs', format: 'es' } },
      },
    };
  }
  return {
    ...shared,
    publicDir: false,
    build: {
      outDir: STAGE_DIR,
      emptyOutDir: false,
      target: 'es2022',
      // NO_MINIFY=1 npm run build keeps function names readable in a CPU profile.
      ...(process.env.NO_MINIFY ? { minify: false } : {}),
      lib: {
        entry: resolve(import.meta.dirname, SCRIPT_ENTRIES[target]),
        formats: ['iife'],
        name: `TrueTitle_${target}`,
        fileName: () => `${target}.js`,
      },
    },
  };
}

// `vite build` on its own builds the pages; `npm run build` (scripts/build.ts) builds everything.
export default defineConfig(configFor('pages'));
