import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { REPO_ROOT } from './paths.js';

export interface Machine {
  cpu: string;
  cores: number;
  totalMemoryBytes: number;
  node: string;
  platform: string;
  /** 1, 5 and 15 minute load averages: other work on the machine skews every figure, baselines included. */
  loadAverage: number[];
}

export function describeMachine(): Machine {
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    totalMemoryBytes: os.totalmem(),
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    loadAverage: os.loadavg(),
  };
}

/** The commit measured and the files that differed from it (uncommitted work is measured too). */
export function describeTree(): { commit: string; changed: string[] } {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' });
  try {
    // Porcelain lines are "XY path": two status letters (either may be a space), a space, the path.
    const changed = git('status', '--porcelain', '--untracked-files=all')
      .split('\n')
      .filter(Boolean)
      .map((line) => line.slice(3));
    const ours = (file: string) => file.startsWith('bench/') || file.startsWith('tests/bench/');
    return { commit: git('rev-parse', 'HEAD').trim(), changed: changed.filter((file) => !ours(file)) };
  } catch {
    return { commit: 'unknown (not a git checkout)', changed: [] };
  }
}
