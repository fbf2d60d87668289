// Main-thread cost of each piece of content-script work, as user-timing measures named
// `truetitle:<step>` that the e2e suite and the benchmark read. Only our own work is
// measured; the page's style and layout after it are the browser's.

/**
 * `check`: looking at the page after it changed, and sending a settled description off;
 * `show`: taking a report in (is its text still on screen?) and putting it on the badge and
 * the list card; `observe`: a DOM-change callback that needed no check (too soon after the
 * last one, or only a placeholder while a job waits for its text; our own changes never
 * reach the callback).
 */
export type Step = 'observe' | 'check' | 'show';

/** The page's storage key that asks for measures (set by the e2e suite and the benchmark). */
const TIMING_KEY = 'truetitle:timing';

/**
 * Publishing a measure costs the page about as much as a small step, so it is done only
 * where measures were asked for, never for everyone else. Read once, as the script starts.
 */
const publishing = ((): boolean => {
  try {
    return localStorage.getItem(TIMING_KEY) === '1';
  } catch {
    return false; // storage blocked for this page
  }
})();

/** `start` is given when the work began before the step was known (a DOM-change callback that turns into a check). */
export function measured<T>(step: Step, run: () => T, start = performance.now()): T {
  if (!publishing) return run();
  try {
    return run();
  } finally {
    const name = `truetitle:${step}`;
    performance.measure(name, { start, end: performance.now() });
    // Measures are kept by the page until cleared; observers have already been told.
    performance.clearMeasures(name);
  }
}
