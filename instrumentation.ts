// Runs once when the server starts: the database schema is brought up to date before any request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { db } = await import('@/db/index');
  const { migrateDatabase } = await import('@/db/migrate');
  migrateDatabase(db);
}
