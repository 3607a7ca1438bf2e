// What `npm start` needs to decide between the compiled bot and the TypeScript: plain JavaScript, so it runs
// before anything is compiled or registered.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const COMPILED_ENTRY = path.join(ROOT, 'dist', 'src', 'index.js');
/** Written by `npm run build` after a successful compile: its time is the build's. */
export const BUILD_STAMP = path.join(ROOT, 'dist', 'BUILD_STAMP');

const SOURCES = ['src', 'commands', 'package.json', 'tsconfig.json', 'tsconfig.build.json'];

/** The newest modification time among the files the build compiles from. */
export function newestSourceTime(root = ROOT) {
  let newest = 0;
  const visit = (file) => {
    const stats = statSync(file);
    if (stats.isDirectory()) for (const name of readdirSync(file)) visit(path.join(file, name));
    else newest = Math.max(newest, stats.mtimeMs);
  };
  for (const source of SOURCES) if (existsSync(path.join(root, source))) visit(path.join(root, source));
  return newest;
}

/** 'current' when dist/ was built after every source last changed, 'stale' when older, 'absent' when never built. */
export function compiledState(root = ROOT) {
  const stamp = path.join(root, 'dist', 'BUILD_STAMP');
  if (!existsSync(stamp) || !existsSync(path.join(root, 'dist', 'src', 'index.js'))) return 'absent';
  return statSync(stamp).mtimeMs >= newestSourceTime(root) ? 'current' : 'stale';
}
