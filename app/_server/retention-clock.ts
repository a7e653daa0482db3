import 'server-only';
import { applyRetention } from '@/db/retention';
import { getSettings } from '@/db/settings';
import { retentionCutoffs } from '@/lib/retention';

/*
 * Personal data is kept only as long as the settings say (lib/retention.ts): the server erases what has
 * passed its time every RETENTION_CLOCK_SECONDS (an hour by default; a second in the e2e run, where
 * tests move the data's time back rather than wait). A failed run (the database busy) is retried at
 * the next tick; the work itself is a few indexed statements in one transaction.
 */
const TICK_MS = (Number(process.env.RETENTION_CLOCK_SECONDS) || 3_600) * 1_000;

function runRetention(): void {
  try {
    const report = applyRetention(retentionCutoffs(getSettings(), new Date()));
    const erased = Object.entries(report).filter(([, n]) => n > 0);
    if (erased.length) console.log(`[conservation] ${erased.map(([what, n]) => `${what}: ${n}`).join(', ')}`);
  } catch (error) {
    console.error(`[conservation] échec de l’effacement des données échues : ${(error as Error).message}`);
  }
}

export function startRetentionClock(): void {
  setTimeout(runRetention, Math.min(TICK_MS, 10_000)).unref();
  setInterval(runRetention, TICK_MS).unref();
}
