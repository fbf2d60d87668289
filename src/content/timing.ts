// Main-thread cost of each piece of content-script work, as user-timing measures named
// `truetitle:<step>` that the e2e suite and the benchmark read. Only our own work is
// measured; the page's style and layout after it are the browser's.
export type Step = 'check' | 'extract' | 'send' | 'show' | 'mark';

export function measured<T>(step: Step, run: () => T): T {
  const start = performance.now();
  try {
    return run();
  } finally {
    const name = `truetitle:${step}`;
    performance.measure(name, { start, end: performance.now() });
    // Measures are kept by the page until cleared; observers have already been told.
    performance.clearMeasures(name);
  }
}
