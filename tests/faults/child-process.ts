import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ScriptChild {
  readonly pid: number;
  /** Every stdout line so far; once `exited` settles, every line the child printed. */
  readonly lines: readonly string[];
  /**
   * Resolves with the first stdout line from index `from` on (already printed or still to come) that matches;
   * rejects if the child exits first.
   */
  waitForLine(pattern: RegExp, from?: number): Promise<RegExpExecArray>;
  /** Settles once the child has exited and its output is fully read. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
  /** Writes one line to the child's stdin. */
  send(line: string): void;
  kill(signal: NodeJS.Signals): void;
}

/** Runs a TypeScript script under tsx in a child process, the way the bot itself runs. */
export function startScript(script: string, args: string[]): ScriptChild {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL(script, import.meta.url)), ...args], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let stderr = '';
  let pending = '';
  let closed = false;
  const waiters = new Set<{ pattern: RegExp; resolve: (m: RegExpExecArray) => void; reject: (e: Error) => void }>();

  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (pending + chunk).split('\n');
    pending = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      for (const waiter of waiters) {
        const match = waiter.pattern.exec(line);
        if (match) {
          waiters.delete(waiter);
          waiter.resolve(match);
        }
      }
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  // A killed child closes its end of stdin; a late write must not become an unhandled error.
  child.stdin.on('error', () => undefined);

  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => {
    child.on('close', (code, signal) => {
      closed = true;
      for (const waiter of waiters) {
        waiter.reject(new Error(`child exited (${signal ?? code}) before printing ${waiter.pattern}: ${stderr}`));
      }
      waiters.clear();
      resolve({ code, signal, stderr });
    });
  });

  return {
    pid: child.pid!,
    lines,
    exited,
    waitForLine(pattern, from = 0) {
      for (const line of lines.slice(from)) {
        const match = pattern.exec(line);
        if (match) return Promise.resolve(match);
      }
      if (closed) return Promise.reject(new Error(`child exited before printing ${pattern}: ${stderr}`));
      return new Promise((resolve, reject) => waiters.add({ pattern, resolve, reject }));
    },
    send: (line) => void child.stdin.write(`${line}\n`),
    kill: (signal) => void child.kill(signal),
  };
}
