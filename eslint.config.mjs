import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // Reader pages link with plain <a>: a reader on mobile data downloads the page they open, not the
    // prefetched payload of every link on screen, and each page is complete cached HTML anyway.
    files: ['components/**', 'app/(site)/**', 'app/not-found.tsx'],
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
  globalIgnores([
    '.next/**',
    '.next-*/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
    'bench/**/*.json',
  ]),
]);
