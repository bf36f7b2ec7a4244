// The pages ask for persistent storage and remember the answer, so the title screen can say when the
// browser refused (docs/storage.md).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { askPersistentStorage } from '../../src/store/persist';

afterEach(() => vi.unstubAllGlobals());

describe('askPersistentStorage', () => {
  it('passes on the browser answer, and says false where there is no API or it fails', async () => {
    const answers: boolean[] = [];
    vi.stubGlobal('navigator', { storage: { persist: () => Promise.resolve(true) } });
    askPersistentStorage((g) => answers.push(g));
    vi.stubGlobal('navigator', { storage: { persist: () => Promise.reject(new Error('no')) } });
    askPersistentStorage((g) => answers.push(g));
    vi.stubGlobal('navigator', {});
    askPersistentStorage((g) => answers.push(g));
    await new Promise((r) => setTimeout(r, 0));
    expect(answers.sort()).toEqual([false, false, true]);
  });
});
