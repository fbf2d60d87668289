import { describe, expect, it } from 'vitest';
import { fromContentScript, fromExtensionPage, fromThisExtension } from './senders';

const self = { id: 'truetitle@truetitle.dev', baseUrl: 'moz-extension://0f1e2d3c-aaaa-bbbb-cccc-000000000000/' };
const contentScript = { id: self.id, url: 'https://www.linkedin.com/jobs/view/4012345678/', tab: { id: 7 } };
const popup = { id: self.id, url: `${self.baseUrl}src/ui/popup/popup.html` };
const popupInTab = { ...popup, tab: { id: 9 } };
const otherExtension = { id: 'someone-else@example.com', url: 'https://www.linkedin.com/jobs/view/1/', tab: { id: 7 } };

describe('message senders', () => {
  it('tells content scripts from extension pages', () => {
    expect(fromContentScript(contentScript, self)).toBe(true);
    expect(fromExtensionPage(contentScript, self)).toBe(false);
    expect(fromExtensionPage(popup, self)).toBe(true);
    expect(fromExtensionPage(popupInTab, self)).toBe(true);
    expect(fromContentScript(popup, self)).toBe(false);
    expect(fromContentScript(popupInTab, self)).toBe(false);
  });

  it('refuses other extensions, whatever page they claim', () => {
    expect(fromThisExtension(otherExtension, self)).toBe(false);
    expect(fromContentScript(otherExtension, self)).toBe(false);
    expect(fromExtensionPage({ ...popup, id: otherExtension.id }, self)).toBe(false);
  });

  it('needs a tab for a content script', () => {
    expect(fromContentScript({ id: self.id, url: contentScript.url }, self)).toBe(false);
    expect(fromContentScript({ id: self.id, tab: { id: 7 } }, self)).toBe(false);
  });
});
