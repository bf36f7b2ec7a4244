// npm run bench: bundles tools/bench-run.ts with vite (as the game ships the sim: one optimised module,
// not one file per source through tsx's loader, which costs about a third of the speed) and runs it
// with Node. Prints figures, asserts nothing: speed is watched here, never in tests.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'vite';

const outDir = join('node_modules', '.cache', 'social-journey-bench');
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    ssr: join('tools', 'bench-run.ts'),
    outDir,
    emptyOutDir: true,
    minify: false,
    target: 'node20',
    rolldownOptions: { output: { entryFileNames: 'bench-run.mjs' } },
  },
});
const run = spawnSync(process.execPath, [join(outDir, 'bench-run.mjs'), ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
