// Content script for LinkedIn and Indeed. It is matched on the whole site, because both
// are single-page apps: a user who lands on the feed and clicks into jobs never reloads.
import type { ContentSettings } from '../shared/messages';
import { adapterFor } from './adapters';
import { watchPostings } from './watcher';
import { askWorker } from './worker-channel';

const DEFAULTS: ContentSettings = { enabled: true, listMarks: true, highlightByDefault: false };

async function settingsFor(site: string): Promise<ContentSettings> {
  try {
    const answer = (await askWorker({ type: 'truetitle/content-settings', site })) as ContentSettings | undefined;
    return answer ?? DEFAULTS;
  } catch {
    return DEFAULTS; // the worker is starting: use the defaults rather than show nothing
  }
}

const adapter = adapterFor(location.hostname);
if (adapter) {
  settingsFor(adapter.site).then((settings) => {
    if (settings.enabled) watchPostings(adapter, settings);
  });
}
