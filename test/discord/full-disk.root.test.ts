import path from 'node:path';
import { smallDisk } from '../support/small-disk.js';
import { describeBotOnStoreRefusingWrites } from './support/store-refusing-writes.js';

describeBotOnStoreRefusingWrites('the SQLite file on a disk that fills up while the bot runs', async () => {
  const disk = await smallDisk(8 * 1024 * 1024);
  return {
    storeUrl: `sqlite://${path.join(disk.dir, 'store.sqlite')}`,
    code: 'SQLITE_FULL',
    refuse: () => disk.fill(),
    accept: () => disk.free(),
    dispose: () => disk.remove(),
  };
});
