import { STORE_DEFAULTS } from './store-defaults.js';

/** Overrides of STORE_DEFAULTS, and the clock (throttled warnings, outage durations). */
export interface OpenStoreOptions {
  now?: () => number;
  opTimeoutMs?: number;
  warnIntervalMs?: number;
  listTimeoutMs?: number;
  redis?: Partial<(typeof STORE_DEFAULTS)['redis']>;
  sqlite?: Partial<(typeof STORE_DEFAULTS)['sqlite']>;
}

/** What every backend needs, defaults applied. */
export interface StoreSettings {
  now: () => number;
  opTimeoutMs: number;
  warnIntervalMs: number;
  listTimeoutMs: number;
}

export function storeSettings(options: OpenStoreOptions): StoreSettings {
  return {
    now: options.now ?? Date.now,
    opTimeoutMs: options.opTimeoutMs ?? STORE_DEFAULTS.opTimeoutMs,
    warnIntervalMs: options.warnIntervalMs ?? STORE_DEFAULTS.warnIntervalMs,
    listTimeoutMs: options.listTimeoutMs ?? STORE_DEFAULTS.listTimeoutMs,
  };
}
