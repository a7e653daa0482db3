/*
 * SQLite's answers that say "the database cannot take this write now", not "this code is wrong":
 * locked past the busy timeout (BUSY, LOCKED), the disk full (FULL), the file or folder read-only
 * (READONLY), a failing disk or file system (IOERR, CANTOPEN, PROTOCOL). better-sqlite3 gives the
 * extended code ("SQLITE_IOERR_WRITE", "SQLITE_BUSY_SNAPSHOT"): the part before it names the kind.
 */
const unavailableCodes = new Set([
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  'SQLITE_FULL',
  'SQLITE_READONLY',
  'SQLITE_IOERR',
  'SQLITE_CANTOPEN',
  'SQLITE_PROTOCOL',
]);

/**
 * The SQLite code of an error that means "storage unavailable, try again later"; null for anything else
 * (a bug, to be thrown). drizzle may wrap the driver's error (DrizzleQueryError, whose `cause` it is).
 */
export function storageUnavailableCode(error: unknown): string | null {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    const code = (current as { code?: unknown }).code;
    if (current.name !== 'SqliteError' || typeof code !== 'string') continue;
    const primary = code.match(/^SQLITE_[A-Z]+/)?.[0];
    return primary && unavailableCodes.has(primary) ? code : null;
  }
  return null;
}
