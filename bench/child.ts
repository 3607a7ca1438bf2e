import { fork, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ColdSample, ColdTask } from './cold-start-child.js';
import type { WorkerOptions, WorkerResult, WorkerTask } from './worker.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The V8 flags `npm start` gives node (e.g. the young generation's size), read from package.json so every figure
 * measures the process as it runs in production, not node's defaults.
 */
export function startFlags(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(here, '..', 'package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  return manifest.scripts.start.split(/\s+/).filter((word) => word.startsWith('--') && !word.startsWith('--env-file'));
}

export interface ChildOptions {
  /** --max-old-space-size for the child, in MB. */
  heapMb?: number;
  /** Run the compiled JavaScript under this directory (see compileForBench) instead of the TypeScript via tsx. */
  compiledDir?: string;
}

/**
 * Runs `entry` in a fresh node (with tsx, --expose-gc and npm start's V8 flags) and resolves with the first
 * message it sends.
 */
export function runScript<T>(
  entry: string,
  args: string[],
  options: ChildOptions = {},
): Promise<{ result: T; wallMs: number }> {
  const execArgv = [
    '--expose-gc',
    ...(options.compiledDir ? [] : ['--import', 'tsx']),
    ...(options.heapMb ? [`--max-old-space-size=${options.heapMb}`] : []),
    ...startFlags(),
  ];
  const file = options.compiledDir
    ? path.join(options.compiledDir, 'bench', entry.replace(/\.ts$/, '.js'))
    : path.join(here, entry);
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = fork(file, args, { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let result: { value: T } | undefined;
    child.once('message', (message) => {
      result = { value: message as T };
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (result) resolve({ result: result.value, wallMs: performance.now() - start });
      else
        reject(
          new Error(`bench child ${entry} ${args[0] ?? ''} exited (${signal ?? `code ${code}`}) without a result`),
        );
    });
  });
}

/** Runs one benchmark task of worker.ts in its own process. */
export async function runTask<T extends WorkerTask>(
  task: T,
  options: WorkerOptions<T>,
  child: ChildOptions = {},
): Promise<WorkerResult<T>> {
  return (await runScript<WorkerResult<T>>('worker.ts', [task, JSON.stringify(options)], child)).result;
}

/** One fresh process performing one cold-start step (figures 3 and 5), from TypeScript or compiled code. */
export async function runCold(
  task: ColdTask,
  dataDir: string,
  compiledDir?: string,
): Promise<ColdSample & { wallMs: number }> {
  const { result, wallMs } = await runScript<ColdSample>('cold-start-child.ts', [task, dataDir], { compiledDir });
  return { ...result, wallMs };
}

/**
 * Compiles the bot (as `npm run build` does) plus the cold-start child into a scratch directory inside the
 * project (so its imports find node_modules), to measure memory as production runs: without tsx and its
 * transform cache. Remove the directory when done.
 */
export function compileForBench(): string {
  const root = path.resolve(here, '..');
  const outDir = path.join(here, '.scratch', `compiled-${process.pid}-${Date.now()}`);
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const config = path.join(here, 'tsconfig.compiled.json');
  const result = spawnSync(process.execPath, [tsc, '-p', config, '--outDir', outDir], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`tsc failed (${result.status ?? result.signal})`);
  return outDir;
}
