import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript launcher without type declarations (it runs before anything is compiled).
import { compiledState } from '../../src/launch/sources.mjs';
import { tempDir } from '../helpers/seed.js';

function project(files: Record<string, number>): string {
  const root = tempDir();
  for (const [file, seconds] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), '');
    utimesSync(path.join(root, file), seconds, seconds);
  }
  return root;
}

describe('npm start’s choice between compiled and TypeScript', () => {
  it('runs the TypeScript when nothing was built', () => {
    expect(compiledState(project({ 'src/index.ts': 100, 'package.json': 100 }))).toBe('absent');
  });

  it('runs the compiled bot when the build is newer than every source', () => {
    const root = project({
      'src/index.ts': 100,
      'commands/title.ts': 150,
      'dist/src/index.js': 200,
      'dist/BUILD_STAMP': 200,
    });
    expect(compiledState(root)).toBe('current');
  });

  it('falls back to the TypeScript when any source changed after the build', () => {
    const root = project({
      'src/index.ts': 100,
      'commands/title.ts': 300,
      'dist/src/index.js': 200,
      'dist/BUILD_STAMP': 200,
    });
    expect(compiledState(root)).toBe('stale');
  });

  it('counts a build that stopped before its stamp as no build', () => {
    expect(compiledState(project({ 'src/index.ts': 100, 'dist/src/index.js': 200 }))).toBe('absent');
  });
});
