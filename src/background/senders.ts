// Who may ask the worker for what. Pure functions over the sender the browser reports, so
// the rules are unit-tested; main.ts passes in this extension's id and base URL.

/** The parts of runtime.MessageSender the rules read. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export interface Self {
  id: string;
  /** runtime.getURL(''): chrome-extension://ID/ or moz-extension://UUID/ */
  baseUrl: string;
}

/** Our content scripts and pages; web pages cannot send at all (no externally_connectable). */
export function fromThisExtension(sender: Sender, self: Self): boolean {
  return sender.id === self.id;
}

/** The popup and options page are extension pages (also when open in a tab). */
export function fromExtensionPage(sender: Sender, self: Self): boolean {
  return fromThisExtension(sender, self) && (sender.url ?? '').startsWith(self.baseUrl);
}

/** One of our content scripts: it runs in a web page, so it has a tab and a web address. */
export function fromContentScript(sender: Sender, self: Self): boolean {
  return fromThisExtension(sender, self) && sender.tab?.id !== undefined && /^https?:\/\//.test(sender.url ?? '');
}
