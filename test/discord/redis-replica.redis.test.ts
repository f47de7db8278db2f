import { demotedToReplica } from '../support/redis-refusals.js';
import { describeBotOnStoreRefusingWrites } from './support/store-refusing-writes.js';

describeBotOnStoreRefusingWrites('Redis made a replica (READONLY, a failover) while the bot runs', demotedToReplica);
