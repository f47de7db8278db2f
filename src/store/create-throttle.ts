/**
 * Lets one call through per interval and counts the ones held back, so a failure that repeats on every call
 * (a down Redis) logs one line per interval with a count instead of one line per call.
 */
export function createThrottle(intervalMs: number, now: () => number): (emit: (suppressed: number) => void) => void {
  let lastAt = Number.NEGATIVE_INFINITY;
  let suppressed = 0;
  return (emit) => {
    const at = now();
    if (at - lastAt < intervalMs) {
      suppressed += 1;
      return;
    }
    lastAt = at;
    const held = suppressed;
    suppressed = 0;
    emit(held);
  };
}
