// Stylesheets for our shadow roots, parsed once per page and adopted by every root that
// uses them (a badge re-inserted after the site re-rendered its title, each list mark),
// where the browser lets a content script; a <style> element otherwise.
const sheets = new Map<string, CSSStyleSheet | null>();

function sheetFor(css: string): CSSStyleSheet | null {
  if (!sheets.has(css)) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      sheets.set(css, sheet);
    } catch {
      sheets.set(css, null); // Firefox content scripts cannot construct sheets
    }
  }
  return sheets.get(css) ?? null;
}

export function adoptStyles(shadow: ShadowRoot, css: string): void {
  const sheet = sheetFor(css);
  if (sheet) {
    try {
      shadow.adoptedStyleSheets = [sheet];
      return;
    } catch {
      sheets.set(css, null);
    }
  }
  const style = shadow.ownerDocument.createElement('style');
  style.textContent = css;
  shadow.prepend(style);
}
