/** Milliseconds since `start`, a `process.hrtime.bigint()` reading. */
export function elapsedMs(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}
