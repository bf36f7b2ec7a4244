// Rebuilds dist/ when it is missing or older than its sources, so `npm run room` and the e2e tests never
// serve a stale game.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = [
  'index.html',
  'facilitator.html',
  'check.html',
  'vite.config.ts',
  'package-lock.json',
  'src',
  'scenarios',
  'assets',
  'public',
  'tests/golden',
];
const BUILT = ['dist/index.html', 'dist/facilitator.html', 'dist/check.html'];

function newestMtime(paths: string[]): number {
  let newest = 0;
  const visit = (p: string) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) for (const entry of readdirSync(p)) visit(join(p, entry));
    else newest = Math.max(newest, s.mtimeMs);
  };
  for (const p of paths) visit(p);
  return newest;
}

function buildAge(): number | undefined {
  if (!BUILT.every((f) => existsSync(f))) return undefined;
  return Math.min(...BUILT.map((f) => statSync(f).mtimeMs));
}

/** Builds the site (in the current folder, the project's root) unless dist/ is up to date. */
export function buildIfNeeded(log: (line: string) => void = console.log): void {
  const built = buildAge();
  if (built !== undefined && built >= newestMtime(SOURCES)) return;
  log(built === undefined ? 'no build in dist/, building' : 'dist/ is stale, rebuilding');
  const r = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  if (r.status !== 0)
    throw new Error(`vite build failed (exit ${r.status ?? r.signal}): see the output above`);
}
