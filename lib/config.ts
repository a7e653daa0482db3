import path from 'node:path';

// Every setting of the running site comes from the environment, with defaults that work on a fresh clone.
export const config = {
  databasePath: path.resolve(/*turbopackIgnore: true*/ process.env.DATABASE_PATH ?? 'data/site.db'),
  siteUrl: (process.env.SITE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, ''),
  siteName: process.env.SITE_NAME ?? 'Kiosque',
  timeZone: process.env.SITE_TIMEZONE ?? 'Africa/Douala',
  locale: 'fr-FR',
};
