// Content script for LinkedIn and Indeed. It is matched on the whole site, because both
// are single-page apps: a user who lands on the feed and clicks into jobs never reloads.
import browser from 'webextension-polyfill';
import type { ContentSettings } from '../shared/messages';
import { adapterFor } from './adapters';
import type { SiteAdapter } from './adapters/types';
import { watchPostings } from './watcher';
import { askWorker, onWorkerChange } from './worker-channel';

/**
 * Chrome can take several seconds to reach a worker that was stopped just as the page
 * loaded (seen here: over 7 s after a fresh install), so the last tries wait longer.
 */
const SETTINGS_RETRY_MS = [300, 1000, 3000, 6000, 12_000];
/** …but no longer than this in all: a request the worker never answers takes 15 s to fail. */
const SETTINGS_PATIENCE_MS = 30_000;

/** An extension reloaded or updated under the page leaves this script with no worker to ask, ever. */
const orphaned = () => {
  try {
    return !browser.runtime.id;
  } catch {
    return true;
  }
};

const isContentSettings = (value: unknown): value is ContentSettings => !!value && typeof value === 'object'
  && ['enabled', 'listMarks', 'highlightByDefault'].every((key) => typeof (value as Record<string, unknown>)[key] === 'boolean');

/**
 * The user's settings for this site, asked of the worker (which may be starting: asked
 * again a few times). Null when it cannot tell: then nothing runs, since the user may
 * have switched this site off.
 */
async function settingsFor(site: string): Promise<ContentSettings | null> {
  const giveUpAt = Date.now() + SETTINGS_PATIENCE_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      const answer = await askWorker({ type: 'truetitle/content-settings', site });
      if (isContentSettings(answer)) return answer;
    } catch {
      // Asked again below.
    }
    const delay = SETTINGS_RETRY_MS[attempt];
    if (delay === undefined || orphaned() || Date.now() + delay > giveUpAt) return null;
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

const sameSettings = (a: ContentSettings, b: ContentSettings | undefined) => !!b
  && a.enabled === b.enabled && a.listMarks === b.listMarks && a.highlightByDefault === b.highlightByDefault;

/** Runs the watcher with the site's settings, and again with new ones when the user changes them. */
function follow(adapter: SiteAdapter): void {
  let running: { settings: ContentSettings; stop: () => void } | null = null;
  const apply = (settings: ContentSettings | null) => {
    if (!settings || sameSettings(settings, running?.settings)) return;
    running?.stop();
    running = settings.enabled ? { settings, stop: watchPostings(adapter, settings) } : null;
  };
  settingsFor(adapter.site).then(apply);
  onWorkerChange((change) => {
    if (change === 'settings') settingsFor(adapter.site).then(apply);
  });
}

const adapter = adapterFor(location.hostname);
if (adapter) follow(adapter);
