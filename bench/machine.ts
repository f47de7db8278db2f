import { cpus, loadavg, totalmem } from 'node:os';

/** The machine and run a benchmark's numbers belong to. */
export interface Machine {
  cores: number;
  cpu: string;
  memoryGiB: number;
  node: string;
  /** Load average (1 min) when the run started: other work on a shared machine inflates every timing. */
  load: number;
  date: string;
  command: string;
}

export function machine(script: string): Machine {
  const flags = process.execArgv.join(' ');
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    load: Math.round(loadavg()[0] * 100) / 100,
    date: new Date().toISOString(),
    command: ['node', flags, script, ...process.argv.slice(2)].filter(Boolean).join(' '),
  };
}
