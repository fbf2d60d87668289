// The badge's own stylesheet, inside its shadow root: `all: initial` keeps the job site's
// CSS out, and the colours pass WCAG AA in light and dark.
export const BADGE_CSS = `
:host { all: initial; display: inline-block; vertical-align: middle; margin-inline-start: 8px; position: relative;
  font: 600 13px/1.3 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color-scheme: light dark; }
.root { position: relative; display: inline-block; }
.badge { all: unset; box-sizing: border-box; display: inline-flex; align-items: center; gap: 6px; padding: 3px 10px;
  border-radius: 999px; border: 1px solid currentColor; cursor: pointer; white-space: nowrap; font: inherit; }
.badge:focus-visible { outline: 3px solid #0a66c2; outline-offset: 2px; }
.tone-pending { color: #44505c; background: #eef1f4; }
.tone-honest { color: #0b5d1e; background: #e6f4ea; }
.tone-mislabeled { color: #8a1c0b; background: #fdecea; }
.tone-hybrid { color: #6b4a00; background: #fff4d6; }
.tone-unclear { color: #3c4650; background: #eef1f4; }
.tone-error { color: #8a1c0b; background: #fff; }
.icon { font-weight: 700; }
.spinner { width: 10px; height: 10px; border: 2px solid currentColor; border-right-color: transparent; border-radius: 50%;
  animation: spin 0.8s linear infinite; }
@keyframes spin { to { transform: rotate(360deg); } }
@media (prefers-reduced-motion: reduce) { .spinner { animation: none; border-right-color: currentColor; opacity: 0.6; } }
.card { position: absolute; top: calc(100% + 6px); inset-inline-start: 0; z-index: 2147483647; width: min(440px, 90vw);
  max-height: min(70vh, 560px); overflow: auto; box-sizing: border-box; padding: 14px 16px; border-radius: 10px;
  background: #fff; color: #1d2226; border: 1px solid #c9d0d6; box-shadow: 0 8px 28px rgba(0,0,0,.18);
  font: 400 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: start; white-space: normal; }
.card h3 { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; margin: 12px 0 4px; color: #44505c; }
.card ul { margin: 0; padding-inline-start: 18px; }
.card li { margin: 3px 0; }
.reason { font-weight: 600; margin: 0 0 4px; }
.claim { margin: 0 0 8px; color: #44505c; }
.bar { display: flex; height: 8px; border-radius: 4px; overflow: hidden; background: #eef1f4; }
.bar-sales { background: #c0392b; } .bar-marketing { background: #1f7a3a; } .bar-other { background: #8d99a6; }
.duty-meta { display: block; color: #56616b; font-size: 12px; }
mark { background: #fff0b3; color: inherit; border-radius: 2px; padding: 0 2px; margin-inline-end: 4px; }
@media (prefers-color-scheme: dark) {
  .tone-pending, .tone-unclear { color: #d5dde5; background: #2b3238; }
  .tone-honest { color: #9be3ae; background: #123320; }
  .tone-mislabeled { color: #ffb4a8; background: #3d1712; }
  .tone-hybrid { color: #ffd98a; background: #3a2d0a; }
  .tone-error { color: #ffb4a8; background: #1d2226; }
  .card { background: #1d2226; color: #e9edf0; border-color: #3d464e; }
  .card h3, .claim, .duty-meta { color: #b6c0c9; }
  mark { background: #5a4a10; }
}
`;
