/** Rejects when `promise` has not settled after `ms`; the timer never keeps the process alive. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
    timer.unref();
  });
  try {
    // race() subscribes to `promise`, so its late rejection after a timeout is handled, not left unhandled.
    return await Promise.race([promise, expired]);
  } finally {
    clearTimeout(timer);
  }
}
