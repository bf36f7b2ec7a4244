// The harness for one e2e file: started before its tests, closed after. Kept apart from harness.ts, which
// the benchmarks import too and which must not pull in vitest.
import { afterAll, beforeAll } from 'vitest';
import { type Harness, startHarness } from './harness';

/** Returns a Harness whose calls go to the one started for this file; `headers` go with every answer. */
export function useHarness(headers: Record<string, string> = {}): Harness {
  let started: Harness | undefined;
  beforeAll(async () => {
    started = await startHarness(undefined, headers);
  });
  afterAll(async () => {
    await started?.close();
  });
  const get = () => {
    if (!started) throw new Error('the e2e harness is not started yet (use it inside a test)');
    return started;
  };
  return {
    get origin() {
      return get().origin;
    },
    get browser() {
      return get().browser;
    },
    url: (path) => get().url(path),
    openPage: (path, options) => get().openPage(path, options),
    close: () => get().close(),
  };
}
