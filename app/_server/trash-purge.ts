import 'server-only';
import { purgeTrash } from '@/db/trash';

// Once an hour is plenty for a 30-day limit; the first run is at start, for a server that was stopped.
const EVERY_MS = 60 * 60 * 1_000;

/**
 * Deletes for good, in the server process, the articles kept in the trash past their time (db/trash.ts).
 * The pages that listed them dropped them when they were trashed: nothing to revalidate here.
 */
export function startTrashPurge(now: () => Date = () => new Date()): void {
  const run = () => {
    try {
      const purged = purgeTrash(now());
      if (purged) console.log(`[corbeille] ${purged} article(s) supprimé(s) définitivement.`);
    } catch (error) {
      // A busy or read-only database: the next run tries again.
      console.error(`[corbeille] échec de la purge : ${(error as Error).message}`);
    }
  };
  run();
  setInterval(run, EVERY_MS).unref();
}
