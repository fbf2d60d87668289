// One manifest.json is the source; each browser gets the keys it understands, so neither
// store nor `web-ext lint` sees keys meant for the other browser.
export type Browser = 'chrome' | 'firefox';

type Manifest = Record<string, unknown> & {
  background?: { service_worker?: string; scripts?: string[]; type?: string };
};

export function manifestFor(source: Manifest, browser: Browser, version?: string): Manifest {
  const manifest: Manifest = structuredClone(source);
  if (version) manifest.version = version;
  const background = manifest.background ?? {};
  if (browser === 'chrome') {
    delete manifest.browser_specific_settings;
    manifest.background = { service_worker: background.service_worker ?? 'background.js' };
  } else {
    manifest.background = { scripts: background.scripts ?? ['background.js'] };
  }
  return manifest;
}
