import { execFile } from 'node:child_process';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface SmallDisk {
  /** The folder the file system is mounted at. */
  dir: string;
  /** Writes a file until the disk has no room left (ENOSPC). */
  fill(): Promise<void>;
  /** Deletes that file: the disk has room again. */
  free(): Promise<void>;
  /** Unmounts the file system (at once, freed once no file on it is open) and removes its folder. */
  remove(): Promise<void>;
}

/**
 * A file system of its own, `bytes` large (tmpfs), for a store to meet a full disk as it does in production: the kernel
 * refuses the write (ENOSPC) and SQLite says SQLITE_FULL. Permissions cannot stand in for it: these tests run as root,
 * which chmod does not stop. Mounting needs root's CAP_SYS_ADMIN; without it the test fails at the mount, saying so.
 */
export async function smallDisk(bytes: number): Promise<SmallDisk> {
  const dir = await mkdtemp(join(tmpdir(), 'coverage-bot-small-disk-'));
  await run('mount', ['-t', 'tmpfs', '-o', `size=${bytes}`, 'tmpfs', dir]);
  const filler = join(dir, 'filler');
  return {
    dir,
    async fill() {
      const handle = await open(filler, 'w');
      const page = Buffer.alloc(4096, 1);
      try {
        for (;;) await handle.write(page);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
      } finally {
        await handle.close();
      }
    },
    free: () => rm(filler, { force: true }),
    async remove() {
      // A lazy unmount (umount(8) -l) detaches the file system now and frees it once the last file open on it closes: a
      // test that failed part-way may leave a store open (CI, 21:56 UTC s54: "target is busy", from @keyv/sqlite's lost
      // connections, which the store no longer makes; test/support/open-files.ts counts them).
      await run('umount', ['--lazy', dir]);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
