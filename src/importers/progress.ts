import cliProgress from 'cli-progress';
import type { ProgressCallback } from './read-source.js';

/** A progress display for an import: `update` goes to readers as their onProgress; call `stop` when done. */
export interface ProgressBar {
  update: ProgressCallback;
  stop(): void;
}

const MEGABYTE = 1024 * 1024;
const megabytes = (bytes: number) => (bytes / MEGABYTE).toFixed(1);

/**
 * Draws a cli-progress bar on `stream` (stderr by default) while bytes arrive, but only when it is a TTY:
 * piped or logged output (CI, cron, `2> file`) gets no control characters at all.
 */
export function createProgressBar(label: string, stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  if (!stream.isTTY) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { stream, format: `${label} [{bar}] {percentage}% | {done}/{size} MB`, hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(bytes, total) {
      // Content-Length counts compressed bytes when the server gzips, so the body can outgrow it.
      const size = Math.max(total ?? bytes, bytes);
      const payload = { done: megabytes(bytes), size: total === undefined ? '?' : megabytes(size) };
      if (!started) {
        bar.start(size, bytes, payload);
        started = true;
      } else {
        bar.setTotal(size);
        bar.update(bytes, payload);
      }
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

/** A progress display counted in items (titles) rather than bytes; silent off a terminal, like createProgressBar. */
export function createCountProgressBar(
  label: string,
  stream: NodeJS.WriteStream = process.stderr,
): { update(done: number, total: number): void; stop(): void } {
  if (!stream.isTTY) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { stream, format: `${label} [{bar}] {percentage}% | {value}/{total}`, hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, done);
        started = true;
      } else bar.update(done);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
