// Content script for LinkedIn and Indeed. It is matched on the whole site, because both
// are single-page apps: a user who lands on the feed and clicks into jobs never reloads.
import { adapterFor } from './adapters';
import { watchPostings } from './watcher';

const adapter = adapterFor(location.hostname);
if (adapter) watchPostings(adapter);
