import { defineConfig } from 'vitest/config';

// Browser tests in real headless Chromium on the built site. One file at a time on one worker: the machine
// has 2 cores and SwiftShader renders WebGL on the CPU.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
