// Main-thread cost of each piece of content-script work, as user-timing measures named
// `truetitle:<step>` that the e2e suite and the benchmark read. Only our own work is
// measured; the page's style and layout after it are the browser's.

/**
 * `check`: looking at the page after it changed, and sending a settled description off;
 * `show`: taking a report in (is its text still on screen?) and putting it on the badge and
 * the list card; `observe`: a DOM-change callback that needed no check (our own changes, or
 * too soon after the last check).
 */
export type Step = 'observe' | 'check' | 'show';

/** `start` is given when the work began before the step was known (a DOM-change callback that turns into a check). */
export function measured<T>(step: Step, run: () => T, start = performance.now()): T {
  try {
    return run();
  } finally {
    const name = `truetitle:${step}`;
    performance.measure(name, { start, end: performance.now() });
    // Measures are kept by the page until cleared; observers have already been told.
    performance.clearMeasures(name);
  }
}
