import { useEffect, useRef, useState } from 'preact/hooks';
import { Card } from './Card';
import { badgeText, type BadgeState } from './verdict-text';

const CLOSE_DELAY_MS = 200;

export function Badge({ state, onRetry }: { state: BadgeState; onRetry?: () => void }) {
  const [open, setOpen] = useState(false);
  const closeTimer = useRef<ReturnType<typeof setTimeout>>();
  const text = badgeText(state);
  const hasCard = state.kind === 'report';
  const show = () => {
    clearTimeout(closeTimer.current);
    if (hasCard) setOpen(true);
  };
  const hideSoon = () => {
    clearTimeout(closeTimer.current);
    closeTimer.current = setTimeout(() => setOpen(false), CLOSE_DELAY_MS);
  };
  useEffect(() => () => clearTimeout(closeTimer.current), []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') setOpen(false);
  };
  const onClick = () => {
    if (state.kind === 'error') onRetry?.();
    else if (hasCard) setOpen(!open);
  };
  return (
    <span class="root" onMouseEnter={show} onMouseLeave={hideSoon} onKeyDown={onKeyDown}>
      <button
        type="button"
        class={`badge tone-${text.tone}`}
        aria-expanded={hasCard ? open : undefined}
        aria-controls={hasCard ? 'truetitle-card' : undefined}
        aria-busy={state.kind === 'pending'}
        onFocus={show}
        onClick={onClick}
        title={state.kind === 'error' ? state.message : undefined}
      >
        <span class={state.kind === 'pending' ? 'icon spinner' : 'icon'} aria-hidden="true">{state.kind === 'pending' ? '' : text.icon}</span>
        <span class="label">{text.label}</span>
      </button>
      {hasCard && open && <Card report={state.report} id="truetitle-card" />}
    </span>
  );
}
