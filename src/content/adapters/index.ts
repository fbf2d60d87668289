import { indeed } from './indeed';
import { linkedIn } from './linkedin';
import type { SiteAdapter } from './types';

export const ADAPTERS: readonly SiteAdapter[] = [linkedIn, indeed];

export function adapterFor(hostname: string): SiteAdapter | null {
  return ADAPTERS.find((adapter) => adapter.matchesHost(hostname)) ?? null;
}
