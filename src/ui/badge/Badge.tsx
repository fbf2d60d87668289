// The badge button and its card. The card opens on hover or keyboard focus, stays open
// while the pointer moves into it, closes on Escape, and is placed in the viewport with
// fixed positioning so it never shifts the page's layout.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { Card, type CardActions } from './Card';
import { badgeText, type BadgeState } from './verdict-text';

const CLOSE_DELAY_MS = 250;
const CARD_WIDTH = 440;
const MARGIN = 8;

export interface BadgeProps {
  state: BadgeState;
  actions: CardActions;
  onRetry?: () => void;
}

/** Below the badge if it fits, else above; always inside the viewport. */
export function cardPosition(anchor: DOMRect, viewport: { width: number; height: number }, cardHeight: number): { top: number; left: number; maxHeight: number } {
  const width = Math.min(CARD_WIDTH, viewport.width - 2 * MARGIN);
  const left = Math.max(MARGIN, Math.min(anchor.left, viewport.width - width - MARGIN));
  const below = viewport.height - anchor.bottom - MARGIN * 2;
  const above = anchor.top - MARGIN * 2;
  if (cardHeight <= below || below >= above) return { top: anchor.bottom + MARGIN, left, maxHeight: Math.max(120, below) };
  const maxHeight = Math.max(120, above);
  return { top: Math.max(MARGIN, anchor.top - MARGIN - Math.min(cardHeight, maxHeight)), left, maxHeight };
}

export function Badge({ state, actions, onRetry }: BadgeProps) {
  const [open, setOpen] = useState(false);
  const [position, setPosition] = useState<{ top: number; left: number; maxHeight: number } | null>(null);
  const closeTimer = useRef<ReturnType<typeof setTimeout>>();
  /** Escape hands focus back to the badge; that focus must not reopen the card. */
  const refocusing = useRef(false);
  const button = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLSpanElement>(null);
  const text = badgeText(state);
  const hasCard = state.kind === 'report';
  const isOpen = hasCard && open;

  const show = () => {
    clearTimeout(closeTimer.current);
    if (hasCard) setOpen(true);
  };
  const hideSoon = () => {
    clearTimeout(closeTimer.current);
    closeTimer.current = setTimeout(() => setOpen(false), CLOSE_DELAY_MS);
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (!refocus) return;
    refocusing.current = true;
    button.current?.focus({ preventScroll: true });
    refocusing.current = false;
  };

  useEffect(() => () => clearTimeout(closeTimer.current), []);

  // Follow the badge while the page scrolls or resizes.
  useLayoutEffect(() => {
    if (!isOpen) return undefined;
    const place = () => {
      const anchor = button.current?.getBoundingClientRect();
      const card = root.current?.querySelector('.card') as HTMLElement | null;
      if (anchor) setPosition(cardPosition(anchor, { width: innerWidth, height: innerHeight }, card?.scrollHeight ?? 400));
    };
    place();
    addEventListener('scroll', place, { passive: true, capture: true });
    addEventListener('resize', place, { passive: true });
    return () => {
      removeEventListener('scroll', place, { capture: true });
      removeEventListener('resize', place);
    };
  }, [isOpen]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && isOpen) {
      event.stopPropagation();
      close(true);
    }
  };
  const onFocusOut = (event: FocusEvent) => {
    // Tabbing out of the badge and its card closes the card.
    if (!root.current?.contains(event.relatedTarget as Node | null)) hideSoon();
  };
  const onClick = () => {
    if (state.kind === 'error') onRetry?.();
    else if (hasCard) setOpen(!open);
  };

  return (
    <span class="root" ref={root} onMouseEnter={show} onMouseLeave={hideSoon} onKeyDown={onKeyDown} onFocusOut={onFocusOut}>
      <button
        ref={button}
        type="button"
        class={`badge tone-${text.tone}`}
        aria-expanded={hasCard ? isOpen : undefined}
        aria-controls={isOpen ? 'truetitle-card' : undefined}
        aria-haspopup={hasCard ? 'dialog' : undefined}
        aria-busy={state.kind === 'pending'}
        aria-label={state.kind === 'error' ? `TrueTitle could not analyse this posting: ${state.message}. Retry` : `TrueTitle: ${text.label}`}
        onFocus={() => { if (!refocusing.current) show(); }}
        onClick={onClick}
      >
        <span class={state.kind === 'pending' ? 'icon spinner' : 'icon'} aria-hidden="true">{state.kind === 'pending' ? '' : text.icon}</span>
        <span class="label">{text.label}</span>
      </button>
      {isOpen && state.kind === 'report' && (
        <Card
          report={state.report}
          id="truetitle-card"
          actions={actions}
          style={position ? { top: `${position.top}px`, left: `${position.left}px`, maxHeight: `${position.maxHeight}px` } : { visibility: 'hidden' }}
        />
      )}
    </span>
  );
}
