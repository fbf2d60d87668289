import { useState } from 'preact/hooks';
import type { FlaggedPosting } from '../../storage/schema';
import { effectiveVerdict } from '../../storage/flags';
import { VERDICT_LABELS } from '../verdict-labels';

interface Props {
  posting: FlaggedPosting;
  onOpen(url: string): void;
  onUnflag(): void;
  onNote(note: string): void;
}

const dateOf = (iso: string) => new Date(iso).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
const SITE_NAMES: Record<string, string> = { linkedin: 'LinkedIn', indeed: 'Indeed' };

export function FlaggedRow({ posting, onOpen, onUnflag, onNote }: Props) {
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState(posting.note);
  const verdict = effectiveVerdict(posting);
  return (
    <li class="row" data-truetitle="flagged-row" data-verdict={verdict}>
      <div class="row-main">
        <span class={`chip chip-${verdict}`} title={posting.correction ? `Your correction (TrueTitle said: ${VERDICT_LABELS[posting.verdict]})` : posting.reason}>
          {VERDICT_LABELS[verdict]}{posting.correction ? ' ✎' : ''}
        </span>
        <button type="button" class="title link" onClick={() => onOpen(posting.url)} title={posting.url}>{posting.title}</button>
        <span class="meta">{[posting.company, SITE_NAMES[posting.site] ?? posting.site, dateOf(posting.lastSeen)].filter(Boolean).join(' · ')}</span>
        {posting.note && !editing && <p class="note">“{posting.note}”</p>}
      </div>
      {editing ? (
        <form class="note-form" onSubmit={(e) => { e.preventDefault(); onNote(note.trim()); setEditing(false); }}>
          <label>Note for “{posting.title}” <textarea rows={2} maxLength={5000} value={note} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} /></label>
          <div class="row-actions"><button type="submit">Save note</button><button type="button" class="link" onClick={() => setEditing(false)}>Cancel</button></div>
        </form>
      ) : (
        <div class="row-actions">
          <button type="button" class="link" onClick={() => setEditing(true)} aria-label={`${posting.note ? 'Edit note' : 'Add note'} for ${posting.title}`}>{posting.note ? 'Edit note' : 'Add note'}</button>
          <button type="button" class="link danger" onClick={onUnflag} aria-label={`Unflag ${posting.title}`}>Unflag</button>
        </div>
      )}
    </li>
  );
}
