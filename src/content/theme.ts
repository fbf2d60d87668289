// Light or dark, as the page around the title is drawn: LinkedIn's dark mode and sites
// that follow prefers-color-scheme both show up in the computed background.
export function pageTheme(element: Element): 'light' | 'dark' {
  if (element.ownerDocument.documentElement.classList.contains('theme--dark')) return 'dark';
  for (let node: Element | null = element; node; node = node.parentElement) {
    const colour = getComputedStyle(node).backgroundColor;
    const match = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(colour);
    if (!match || (match[4] !== undefined && Number(match[4]) < 0.5)) continue;
    const [r, g, b] = [match[1], match[2], match[3]].map((c) => Number(c) / 255) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.45 ? 'dark' : 'light';
  }
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/**
 * Reading computed styles makes the browser finish its style work, so it is done once per
 * page, and again only when the system theme changes; LinkedIn's own dark-mode class is
 * a cheap read and is looked at every time.
 */
export function cachedTheme(): { of(element: Element): 'light' | 'dark' } {
  let known: 'light' | 'dark' | null = null;
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => { known = null; });
  return {
    of(element) {
      if (element.ownerDocument.documentElement.classList.contains('theme--dark')) return 'dark';
      known ??= pageTheme(element);
      return known;
    },
  };
}
