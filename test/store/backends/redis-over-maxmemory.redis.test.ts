import { overMaxmemory } from '../../support/redis-refusals.js';
import { describeRedisRefusingWrites } from './redis-refusing-writes.js';

describeRedisRefusingWrites('a Redis store whose server reaches maxmemory (OOM, noeviction)', overMaxmemory);
