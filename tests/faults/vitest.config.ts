import path from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * The fault tests (`npm run test:faults`): real app processes killed with SIGKILL, connections cut
 * by a proxy, Redis and PostgreSQL stopped and started again. One file at a time, since each one
 * loads the machine with hundreds of phones.
 */
export default defineConfig({
  root: path.resolve(import.meta.dirname, '../..'),
  test: {
    include: ['tests/faults/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
