// A backup is a database file and a folder of media beside it, named by the UTC time it was taken, to the
// second: names sort in time order and say when they were taken without opening them.
const PREFIX = 'kiosque-';
const STEM = /^kiosque-(\d{4})-(\d{2})-(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

/** `kiosque-2026-12-01T031507Z`: what every file of the backup taken at `at` is named from. */
export function backupStem(at: Date): string {
  const iso = at.toISOString();
  return `${PREFIX}${iso.slice(0, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}

export const backupFileNames = (stem: string) => ({ database: `${stem}.db`, media: `${stem}.medias` });

/** When the backup named `stem` was taken, or null for a name that is not a backup's. */
export function backupTime(stem: string): Date | null {
  const parts = STEM.exec(stem);
  if (!parts) return null;
  const [, year, month, day, hours, minutes, seconds] = parts.map(Number);
  const at = new Date(Date.UTC(year!, month! - 1, day!, hours!, minutes!, seconds!));
  return backupStem(at) === stem ? at : null;
}

/** The backup a database file name belongs to (`kiosque-…Z.db`), or null. */
export function backupOfDatabaseFile(fileName: string): { stem: string; at: Date } | null {
  if (!fileName.endsWith('.db')) return null;
  const stem = fileName.slice(0, -'.db'.length);
  const at = backupTime(stem);
  return at && { stem, at };
}
