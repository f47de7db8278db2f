import { overMaxmemory } from '../support/redis-refusals.js';
import { describeBotOnStoreRefusingWrites } from './support/store-refusing-writes.js';

describeBotOnStoreRefusingWrites('Redis at maxmemory (OOM, noeviction) while the bot runs', overMaxmemory);
