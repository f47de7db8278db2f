/** Process memory in bytes after full garbage collections. */
export interface MemoryReading {
  /** V8 heap in use plus ArrayBuffer backing stores (the typed arrays of an index live there). */
  heap: number;
  rss: number;
}

export function memoryAfterGc(): MemoryReading {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('memory is read after gc: run with node --expose-gc');
  gc();
  gc();
  const m = process.memoryUsage();
  return { heap: m.heapUsed + m.arrayBuffers, rss: m.rss };
}
