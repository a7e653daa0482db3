import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    alias: { 'server-only': new URL('./lib/testing/empty-module.ts', import.meta.url).pathname },
  },
  test: { include: ['{db,lib}/**/*.test.ts'], environment: 'node', pool: 'forks' },
});
