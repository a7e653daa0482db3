import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/*
 * The layers (README, "Layout of the code"), checked on every import, by alias or relative path:
 *   db/          the only place with SQL: drizzle-orm, better-sqlite3 and the schema stay inside it
 *   lib/         pure rules: imports neither db/ nor app/ (db/ imports lib/, so shared words live in lib/vocabulary.ts)
 *   components/  view pieces: db/ for its read types only (`import type`), never app/
 *   app/         routes and actions: call db/ query modules, never SQL
 *   scripts/     command-line tools: like app/, through db/ modules; the bench and Lighthouse scripts, which
 *                measure a finished database from outside, may open it read-only with better-sqlite3
 *   e2e/         specs write no SQL and open no database: the db fixture (e2e/fixtures.ts) does
 * Each folder has one block: for a given file, a later block's no-restricted-imports replaces an earlier one.
 */
const sqlDrivers = {
  group: ['drizzle-orm', 'drizzle-orm/*', 'better-sqlite3'],
  message: 'Only db/ talks to SQLite: call a function of a db/ module instead.',
};
const schema = {
  regex: '^(@/|(\\.\\./)+)db/schema$',
  message: 'The schema is db/’s own: call a db/ module, or take the shared words from lib/vocabulary.ts.',
};
const anyDb = {
  regex: '^(@/|(\\.\\./)+)db(/|$)',
  message:
    'lib/ holds pure rules and does not import db/: declare the shape the rule needs, or move the words to lib/vocabulary.ts.',
};
const dbValues = {
  regex: '^(@/|(\\.\\./)+)db(/|$)',
  allowTypeImports: true,
  message: 'Components read no data: import db/ types with `import type`, and let the page pass the data in.',
};
const app = {
  regex: '^(@/|(\\.\\./)+)app(/|$)',
  message: 'db/, lib/ and components/ never import from app/: move what they need down a layer.',
};
const layer = (...patterns) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
});

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // Reader pages link with plain <a>: a reader on mobile data downloads the page they open, not the
    // prefetched payload of every link on screen, and each page is complete cached HTML anyway.
    files: ['components/**', 'app/(site)/**', 'app/not-found.tsx'],
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
  { files: ['db/**'], rules: layer(app) },
  { files: ['lib/**'], rules: layer(sqlDrivers, anyDb, app) },
  { files: ['components/**'], rules: layer(sqlDrivers, dbValues, app) },
  { files: ['app/**', 'proxy.ts', 'messages/**'], rules: layer(sqlDrivers, schema) },
  { files: ['scripts/**'], ignores: ['scripts/bench.ts', 'scripts/lighthouse.ts'], rules: layer(sqlDrivers, schema) },
  { files: ['scripts/bench.ts', 'scripts/lighthouse.ts'], rules: layer(schema) },
  {
    files: ['e2e/**/*.spec.ts'],
    rules: {
      ...layer(sqlDrivers, schema, {
        regex: '^\\./database$',
        message:
          'Specs reach the database through the db fixture (e2e/fixtures.ts), so a column rename breaks one file.',
      }),
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='prepare']",
          message: 'No SQL in specs: add a function to the db fixture (e2e/fixtures.ts).',
        },
      ],
    },
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
