// Runs once before the e2e files: rebuilds dist/ when it is missing or older than its sources, so
// `vitest run -c vitest.e2e.config.ts` alone never tests a stale build (npm run test:e2e builds first anyway).
import { buildIfNeeded } from '../../src/server/build-if-needed';

export default function setup(): void {
  buildIfNeeded((line) => console.log(`e2e: ${line}`));
}
