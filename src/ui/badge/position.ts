// Where the card goes: fixed positioning in the viewport, so it never shifts the page.
const CARD_WIDTH = 440;
const MARGIN = 8;

export interface CardPlace {
  top: number;
  left: number;
  maxHeight: number;
}

/** Below the badge if it fits, else above; always inside the viewport. */
export function cardPosition(anchor: DOMRect, viewport: { width: number; height: number }, cardHeight: number): CardPlace {
  const width = Math.min(CARD_WIDTH, viewport.width - 2 * MARGIN);
  const left = Math.max(MARGIN, Math.min(anchor.left, viewport.width - width - MARGIN));
  const below = viewport.height - anchor.bottom - MARGIN * 2;
  const above = anchor.top - MARGIN * 2;
  if (cardHeight <= below || below >= above) return { top: anchor.bottom + MARGIN, left, maxHeight: Math.max(120, below) };
  const maxHeight = Math.max(120, above);
  return { top: Math.max(MARGIN, anchor.top - MARGIN - Math.min(cardHeight, maxHeight)), left, maxHeight };
}
