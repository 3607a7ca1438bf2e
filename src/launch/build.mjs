// `npm run build`: compiles src/ and commands/ to dist/ with tsc, then stamps the build so `npm start` knows
// the compiled code matches the sources.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BUILD_STAMP, ROOT } from './sources.mjs';

rmSync(path.join(ROOT, 'dist'), { recursive: true, force: true });
const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const result = spawnSync(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
if (result.status !== 0) process.exit(result.status ?? 1);
writeFileSync(BUILD_STAMP, `${new Date().toISOString()}\n`);
process.stdout.write('Built dist/. npm start now runs the compiled bot until a source file changes.\n');
