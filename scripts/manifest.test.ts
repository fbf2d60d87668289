import { describe, expect, it } from 'vitest';
import source from '../manifest.json';
import { manifestFor } from './manifest';

describe('manifestFor', () => {
  it('gives Chrome a service worker and no Firefox-only keys', () => {
    const chrome = manifestFor(source, 'chrome');
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(chrome).not.toHaveProperty('browser_specific_settings');
    expect(chrome.manifest_version).toBe(3);
  });

  it('gives Firefox background scripts and a gecko id', () => {
    const firefox = manifestFor(source, 'firefox');
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.browser_specific_settings).toMatchObject({ gecko: { id: expect.stringContaining('@') } });
  });

  it('never asks for remote access the extension does not need', () => {
    const chrome = manifestFor(source, 'chrome');
    expect(chrome).not.toHaveProperty('externally_connectable');
    expect(chrome).not.toHaveProperty('host_permissions');
    expect(chrome.permissions).toEqual(['storage', 'activeTab', 'scripting']);
  });

  it('does not modify its input', () => {
    const copy = structuredClone(source);
    manifestFor(source, 'chrome');
    expect(source).toEqual(copy);
  });
});
