import { failedSave } from '../../support/redis-refusals.js';
import { describeRedisRefusingWrites } from './redis-refusing-writes.js';

describeRedisRefusingWrites('a Redis store whose server failed an RDB save (MISCONF, stop-writes-on-bgsave-error)', failedSave);
