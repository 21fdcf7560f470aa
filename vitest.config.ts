import { defineConfig } from 'vitest/config';
import { scaled } from './spec/helpers/host.js';

export default defineConfig({
  test: {
    include: ['spec/**/*.test.ts'],
    // Integration tests start real containers; running files in parallel on a
    // 2-core machine only adds noise and contention on shared host state.
    fileParallelism: false,
    // Scaled under emulation (the cgroup v2 VM runs everything ~5x slower).
    testTimeout: scaled(60_000),
    hookTimeout: scaled(120_000),
  },
});
