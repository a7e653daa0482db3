// Imported first by e2e/fixtures.ts: the lib/ modules it loads next read DATABASE_PATH when first imported, and
// find the site's secret beside the run's database (lib/secret.ts), as the server does.
process.env.DATABASE_PATH ??= process.env.E2E_DATABASE_PATH;
