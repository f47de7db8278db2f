import Keyv from 'keyv';
import type { Logger } from 'pino';
import { createKeyvStore } from './keyv-store.js';
import { keyvOptions } from './keyv-options.js';
import type { StoreSettings } from './store-settings.js';
import { StoreGuard } from './store-guard.js';
import type { Store } from './store.js';

/** A store in this process's memory (keyv's Map): for throwaway runs and tests; never unhealthy. */
export function openMemoryStore(log: Logger, settings: StoreSettings): Store {
  const guard = new StoreGuard({ backend: 'memory', target: 'memory', log, ...settings });
  return createKeyvStore({
    backend: 'memory',
    log,
    guard,
    openNamespace: (namespace) => new Keyv(keyvOptions(namespace)),
    closeBackend: async () => {},
    settings,
  });
}
