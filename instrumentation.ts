// Runs once when the server starts: the database schema is brought up to date before any request, then the
// server's own background work starts.
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
  // Search threads ready before the first search (db/search-pool.ts).
  const { searchPool } = await import('@/db/search-pool');
  searchPool().start();
  // Scheduled articles go live at their time, with the pages that list them.
  const { startPublicationClock } = await import('@/app/_server/publication-clock');
  startPublicationClock(`http://127.0.0.1:${process.env.PORT ?? 3000}`);
  // Queued e-mail goes out, and what a stopped server was sending is queued again (db/mail-outbox.ts).
  const { startMailWorker } = await import('@/app/_server/mail-worker');
  startMailWorker();
  // Articles in the trash past their 30 days are deleted for good.
  const { startTrashPurge } = await import('@/app/_server/trash-purge');
  startTrashPurge();
  // Personal data erased once past its time (the retention settings).
  const { startRetentionClock } = await import('@/app/_server/retention-clock');
  startRetentionClock();
  // Moderators who asked for it get the digest of pending comments, once per hour or day.
  const { startDigestClock } = await import('@/app/_server/digest-clock');
  startDigestClock();
}
