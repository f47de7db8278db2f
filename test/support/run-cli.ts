import { ROOT, startEntry } from './run-script.js';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a CLI entry point (`src/cli/ask.ts`) to its end from the project root on the bundled seeds, `stdin` piped in,
 * the test's environment with `extraEnv` set. A process to watch or to cut off while it runs is runScript's.
 */
export function runCli(entry: string, args: string[], stdin: string | Buffer = '', extraEnv: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    // memory:// unless a test names a store: CLI runs in parallel must not share the default SQLite file.
    const env: NodeJS.ProcessEnv = { ...process.env, STORE_URL: 'memory://', ...extraEnv };
    delete env.CORPUS_DIR;
    const child = startEntry(entry, args, ROOT, env);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}
