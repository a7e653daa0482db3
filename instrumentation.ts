// Runs once when the server starts: the database schema is brought up to date before any request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { db } = await import('@/db/index');
  const { migrateDatabase } = await import('@/db/migrate');
  migrateDatabase(db);
  // No default password ever ships: the first administrator is created from the command line.
  const { countActiveAdmins } = await import('@/db/users');
  const { t } = await import('@/lib/i18n');
  if (countActiveAdmins() === 0) console.warn(t.admin.noAdminYet);
  const { searchPool } = await import('@/db/search-pool');
  searchPool().start();
  const { startPublicationClock } = await import('@/app/_server/publication-clock');
  startPublicationClock(`http://127.0.0.1:${process.env.PORT ?? 3000}`);
}
