import 'server-only';
import { queueModerationDigests } from '@/db/moderation-digests';
import { config } from '@/lib/config';

/*
 * The moderators' digests are queued by a clock in the server (db/moderation-digests.ts decides who is due):
 * every DIGEST_CLOCK_SECONDS (a minute by default, so a digest leaves within a minute of its period's start
 * or of the first comment to wait in it; a second in the e2e run, where tests move a member's last period
 * back rather than wait for the next one). A failed run (the database busy) is retried at the next tick; what
 * was recorded says what was sent, so no tick sends a period twice.
 */
const TICK_MS = (Number(process.env.DIGEST_CLOCK_SECONDS) || 60) * 1_000;

function runDigests(): void {
  try {
    const queued = queueModerationDigests(new Date(), config.timeZone);
    if (queued) console.log(`[résumés] ${queued} résumé(s) de modération mis en file.`);
  } catch (error) {
    console.error(`[résumés] échec de la préparation des résumés de modération : ${(error as Error).message}`);
  }
}

export function startDigestClock(): void {
  setInterval(runDigests, TICK_MS).unref();
}
