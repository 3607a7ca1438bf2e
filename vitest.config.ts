import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/setup-env.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // End-to-end tests each start a local Discord emulator on an ephemeral port; two cores, so keep parallelism modest.
    maxWorkers: 2,
  },
});
