// What the card's buttons do for the posting on screen: flag it, highlight its duties in
// the page, record the user's correction. Flags live in the background's storage.
import type { Report } from '../core/types';
import type { FlagMessage, FlagStateResponse, OpenFlaggedRequest, PostingRef } from '../shared/messages';
import { postingKey } from '../shared/verdict-summary';
import type { BadgeHandlers, Correction, PostingBadge } from '../ui/badge/mount';
import { highlightDuties } from './highlight';
import { askWorker } from './worker-channel';

async function send(message: FlagMessage): Promise<FlagStateResponse> {
  try {
    return ((await askWorker(message)) as FlagStateResponse | undefined) ?? { ok: false, error: 'no answer' };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export interface PostingActions extends BadgeHandlers {
  /** Takes highlights away when the user leaves the posting. */
  dispose(): void;
}

export function postingActions(badge: PostingBadge, posting: PostingRef, report: Report, description: Element): PostingActions {
  let flagged = false;
  let undoHighlight: (() => void) | null = null;
  // An answer that arrives after the user moved to another posting belongs to the old one.
  let disposed = false;
  const apply = (response: FlagStateResponse) => {
    if (disposed || !response.ok) return;
    flagged = response.flagged;
    badge.updateCard({ flagged: response.flagged, correction: response.correction });
  };
  // The flag state is asked for when the card first opens, not on every page change.
  let asked = false;
  return {
    cardOpened: () => {
      if (asked) return;
      asked = true;
      send({ type: 'truetitle/flag-state', key: postingKey(posting.site, posting.jobId) }).then(apply);
    },
    toggleFlag: () => {
      send({ type: 'truetitle/set-flag', posting, report, flagged: !flagged }).then(apply);
    },
    toggleHighlight: () => {
      if (undoHighlight) {
        undoHighlight();
        undoHighlight = null;
      } else if (description.isConnected) {
        undoHighlight = highlightDuties(description, report.duties);
      }
      badge.updateCard({ highlighted: !!undoHighlight });
    },
    correct: (correction: Correction) => {
      send({ type: 'truetitle/set-correction', posting, report, correction }).then(apply);
    },
    viewFlagged: () => {
      // A content script cannot open the extension's pages; the worker opens the tab.
      const request: OpenFlaggedRequest = { type: 'truetitle/open-flagged' };
      askWorker(request).catch(() => undefined);
    },
    dispose: () => {
      disposed = true;
      undoHighlight?.();
      undoHighlight = null;
    },
  };
}
