import { readdir, readlink } from 'node:fs/promises';

/** How many of this process's file descriptors (Linux's /proc/self/fd) are open on `file`, its -wal or its -shm. */
export async function descriptorsOpenOn(file: string): Promise<number> {
  const names = await readdir('/proc/self/fd');
  // A descriptor closed between the listing and its readlink is not open.
  const targets = await Promise.all(names.map((fd) => readlink(`/proc/self/fd/${fd}`).catch(() => '')));
  return targets.filter((target) => target === file || target === `${file}-wal` || target === `${file}-shm`).length;
}
