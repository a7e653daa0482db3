// Runs once when the server starts: the database schema is brought up to date before any request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // A restore refuses to run under a live server, and a server refuses to start during a restore.
  const { holdDatabaseForServer } = await import('@/db/database-holders');
  const { config } = await import('@/lib/config');
  holdDatabaseForServer(config.databasePath);
  const { db } = await import('@/db/index');
  const { migrateDatabase } = await import('@/db/migrate');
  migrateDatabase(db);
  // No default password ever ships: the first administrator is created from the command line.
  const { countActiveAdmins } = await import('@/db/users');
  const { t } = await import('@/lib/i18n');
  if (countActiveAdmins() === 0) console.warn(t.admin.noAdminYet);
  // Backups every BACKUP_EVERY (off when unset), taken without holding up requests.
  const { startScheduledBackups } = await import('@/app/_server/scheduled-backups');
  await startScheduledBackups();
}
