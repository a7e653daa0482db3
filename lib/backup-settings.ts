import path from 'node:path';
import { config } from './config';

const UNITS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** `24h`, `6h`, `30m`, `1d` as milliseconds; null for anything else (a schedule is never guessed). */
export function parseBackupInterval(text: string): number | null {
  const parts = /^\s*(\d{1,4})\s*([mhd])\s*$/.exec(text);
  const amount = parts ? Number(parts[1]) : 0;
  return amount > 0 ? amount * UNITS[parts![2] as keyof typeof UNITS] : null;
}

/** Where backups go (BACKUP_DIR, else `backups/` beside the database) and how often the server takes one. */
export function backupSettings(env: NodeJS.ProcessEnv = process.env) {
  return {
    dir: path.resolve(
      /*turbopackIgnore: true*/ env.BACKUP_DIR ?? path.join(path.dirname(config.databasePath), 'backups'),
    ),
    every: env.BACKUP_EVERY ? parseBackupInterval(env.BACKUP_EVERY) : null,
    everyText: env.BACKUP_EVERY ?? null,
  };
}

/**
 * When a server's first backup is due: one interval after the newest backup there is, at once when there
 * is none or it is overdue. Counting from the process's start instead would let a site redeployed more
 * often than the interval never take one.
 */
export function firstBackupDelay(newest: Date | null, every: number, now: Date): number {
  return newest ? Math.max(0, newest.getTime() + every - now.getTime()) : 0;
}
