// The badge's own stylesheet, inside its shadow root: `all: initial` keeps the job site's
// CSS out. Colours pass WCAG AA (4.5:1 for text) in both themes; the theme follows the
// page (LinkedIn's dark mode, or a site that honours prefers-color-scheme), detected
// from its background, so a light page on a dark OS still gets a light badge.
export const LIGHT = `
  --fg: #1d2226; --muted: #4b5661; --surface: #ffffff; --border: #c3cbd3; --shadow: rgba(0,0,0,.18);
  --pending-fg: #3c4650; --pending-bg: #eef1f4; --honest-fg: #0b5d1e; --honest-bg: #e6f4ea;
  --mislabeled-fg: #8a1c0b; --mislabeled-bg: #fdecea; --hybrid-fg: #6b4a00; --hybrid-bg: #fff4d6;
  --sales: #b3261e; --marketing: #1e7b3a; --other: #7a8794; --mark: #fff0b3; --focus: #0a66c2;`;
export const DARK = `
  --fg: #e9edf0; --muted: #b6c0c9; --surface: #1d2226; --border: #3d464e; --shadow: rgba(0,0,0,.5);
  --pending-fg: #d5dde5; --pending-bg: #2b3238; --honest-fg: #9be3ae; --honest-bg: #123320;
  --mislabeled-fg: #ffb4a8; --mislabeled-bg: #3d1712; --hybrid-fg: #ffd98a; --hybrid-bg: #3a2d0a;
  --sales: #ff8a80; --marketing: #7ed69a; --other: #9aa6b2; --mark: #5a4a10; --focus: #70b5f9;`;

export const BADGE_CSS = `
:host { all: initial; ${LIGHT} display: inline-block; vertical-align: middle; margin-inline-start: 8px; position: relative;
  font: 600 13px/1.3 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); }
:host([data-theme="dark"]) { ${DARK} }
.root { position: relative; display: inline-block; }
button { font: inherit; }
.badge { all: unset; box-sizing: border-box; display: inline-flex; align-items: center; gap: 6px; padding: 3px 10px;
  border-radius: 999px; border: 1px solid currentColor; cursor: pointer; white-space: nowrap; font: inherit; }
.badge:focus-visible, .card button:focus-visible, .card input:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.tone-pending, .tone-unclear { color: var(--pending-fg); background: var(--pending-bg); }
.tone-honest { color: var(--honest-fg); background: var(--honest-bg); }
.tone-mislabeled, .tone-error { color: var(--mislabeled-fg); background: var(--mislabeled-bg); }
.tone-hybrid { color: var(--hybrid-fg); background: var(--hybrid-bg); }
.icon { font-weight: 700; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.spinner { width: 10px; height: 10px; border: 2px solid currentColor; border-right-color: transparent; border-radius: 50%;
  animation: spin 0.8s linear infinite; }
@keyframes spin { to { transform: rotate(360deg); } }
.card { position: fixed; z-index: 2147483647; width: min(440px, calc(100vw - 16px)); overflow: auto; box-sizing: border-box;
  padding: 14px 16px; border-radius: 10px; background: var(--surface); color: var(--fg); border: 1px solid var(--border);
  box-shadow: 0 8px 28px var(--shadow); font: 400 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  text-align: start; white-space: normal; cursor: auto; animation: appear .12s ease-out; }
@keyframes appear { from { opacity: 0; transform: translateY(-4px); } }
.card h3 { font-size: 11px; text-transform: uppercase; letter-spacing: .05em; margin: 14px 0 4px; color: var(--muted); }
.card ul { margin: 0; padding-inline-start: 18px; }
.card li { margin: 4px 0; }
.verdict { margin: 0; font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
.verdict-mislabeled .verdict { color: var(--mislabeled-fg); } .verdict-honest .verdict { color: var(--honest-fg); }
.verdict-hybrid .verdict { color: var(--hybrid-fg); }
.reason { font-weight: 600; font-size: 14px; margin: 2px 0 6px; }
.claim { margin: 0 0 10px; color: var(--muted); }
.bar { display: flex; height: 8px; border-radius: 4px; overflow: hidden; background: var(--pending-bg); }
.bar-sales { background: var(--sales); } .bar-marketing { background: var(--marketing); } .bar-other { background: var(--other); }
.legend { display: flex; gap: 12px; list-style: none; padding: 0 !important; margin: 6px 0 0 !important; color: var(--muted); font-size: 12px; }
.swatch { display: inline-block; width: 9px; height: 9px; border-radius: 2px; margin-inline-end: 4px; }
.duty { padding-inline-start: 2px; }
.duty-sales::marker { color: var(--sales); } .duty-marketing::marker { color: var(--marketing); } .duty-other::marker { color: var(--other); }
.duty-meta { display: block; color: var(--muted); font-size: 12px; }
mark { background: var(--mark); color: inherit; border-radius: 2px; padding: 0 1px; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 14px; }
.actions button, .correction button[type="submit"], .correction button:not(.link) { border: 1px solid var(--border); background: var(--surface);
  color: var(--fg); border-radius: 6px; padding: 5px 10px; cursor: pointer; font-weight: 600; }
.actions button.primary { border-color: var(--focus); color: var(--focus); }
button.link { all: unset; color: var(--focus); cursor: pointer; text-decoration: underline; font-size: 12px; }
.correction { margin-top: 10px; }
.correction p { margin: 0 0 4px; }
.correction fieldset { border: 1px solid var(--border); border-radius: 6px; margin: 0 0 8px; padding: 6px 10px; display: grid; gap: 2px; }
.correction legend { color: var(--muted); font-size: 12px; }
.correction .comment { display: grid; gap: 2px; color: var(--muted); font-size: 12px; margin-bottom: 8px; }
.correction input[type="text"] { font: inherit; color: var(--fg); background: var(--surface); border: 1px solid var(--border); border-radius: 4px; padding: 4px 6px; }
.correction .row { display: flex; gap: 8px; align-items: center; }
.privacy { margin: 12px 0 0; color: var(--muted); font-size: 11px; }
@media (prefers-reduced-motion: reduce) {
  .spinner { animation: none; border-right-color: currentColor; opacity: 0.6; }
  .card { animation: none; }
}
`;
