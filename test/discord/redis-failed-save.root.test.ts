import { failedSave } from '../support/redis-refusals.js';
import { describeBotOnStoreRefusingWrites } from './support/store-refusing-writes.js';

describeBotOnStoreRefusingWrites('Redis after an RDB save failed (MISCONF, stop-writes-on-bgsave-error) while the bot runs', failedSave);
