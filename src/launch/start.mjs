// `npm start`: runs the compiled bot (dist/, from `npm run build`) when it matches the sources, and otherwise the
// TypeScript directly through tsx, so a fresh clone needs no build step. The compiled bot starts faster and uses
// less memory (no transform cache).
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { COMPILED_ENTRY, ROOT, compiledState } from './sources.mjs';

const state = compiledState();
if (state === 'current') {
  await import(pathToFileURL(COMPILED_ENTRY).href);
} else {
  if (state === 'stale') {
    process.stderr.write(
      'withk: dist/ is older than the sources, so the TypeScript runs directly; `npm run build` to use the compiled bot.\n',
    );
  }
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(path.join(ROOT, 'src', 'index.ts')).href);
}
