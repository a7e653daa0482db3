import fs from 'node:fs';
import path from 'node:path';

// A running server, and a restore while it works, each leave a file beside the database naming their
// process (`site.db.server-4242.pid`), removed when the process exits. A file left by a process that died
// without exiting (kill -9, a power cut) is stale and ignored: no process has that id any more, or the one
// that has it started at another time than the one written in the file (the id was reused).
type Role = 'server' | 'restore';
type Holder = { role: Role; pid: number; file: string };

/** The process's start time in clock ticks since boot (Linux), or null where /proc does not say. */
function startTimeOf(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The name in parentheses may hold spaces; starttime is the 20th field after it.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function isRunning(holder: Holder): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const recorded = fs.readFileSync(holder.file, 'utf8').trim();
  const actual = startTimeOf(holder.pid);
  return !recorded || actual === null || recorded === actual;
}

const holderFile = (databasePath: string, role: Role, pid: number) => `${databasePath}.${role}-${pid}.pid`;

/** The processes that hold the database now; the files of dead ones are removed on the way. */
export function listDatabaseHolders(databasePath: string): Holder[] {
  const dir = path.dirname(databasePath);
  const pattern = /^\.(server|restore)-(\d+)\.pid$/;
  const prefix = path.basename(databasePath);
  const holders: Holder[] = [];
  for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
    const parts = name.startsWith(prefix) ? pattern.exec(name.slice(prefix.length)) : null;
    if (!parts) continue;
    const holder = { role: parts[1] as Role, pid: Number(parts[2]), file: path.join(dir, name) };
    try {
      if (isRunning(holder)) holders.push(holder);
      else fs.rmSync(holder.file, { force: true });
    } catch {
      // Removed by its process while we looked: it no longer holds the database.
    }
  }
  return holders;
}

/**
 * Marks the database as held by this process for `role`, after checking that no process holding it
 * in a conflicting role is running; throws otherwise. Returns what releases it (also done at exit).
 * The mark is written before the check, so of two processes starting together at least one sees the other.
 */
function holdDatabase(databasePath: string, role: Role, conflicts: (other: Holder) => boolean): () => void {
  fs.mkdirSync(path.dirname(databasePath), { recursive: true });
  const file = holderFile(databasePath, role, process.pid);
  fs.writeFileSync(file, `${startTimeOf(process.pid) ?? ''}\n`);
  const release = () => {
    fs.rmSync(file, { force: true });
    process.off('exit', release);
  };
  process.on('exit', release);
  const others = listDatabaseHolders(databasePath).filter((other) => other.file !== file && conflicts(other));
  if (others.length > 0) {
    release();
    throw new DatabaseHeldError(others);
  }
  return release;
}

export class DatabaseHeldError extends Error {
  constructor(readonly holders: Holder[]) {
    super(
      holders
        .map((holder) =>
          holder.role === 'server'
            ? `Un serveur (pid ${holder.pid}) utilise cette base : arrêtez-le d’abord (repère : ${holder.file}).`
            : `Une restauration (pid ${holder.pid}) est en cours sur cette base (repère : ${holder.file}).`,
        )
        .join('\n'),
    );
  }
}

/** For a server process: refused while a restore is under way (several servers may share a database). */
export const holdDatabaseForServer = (databasePath: string) =>
  holdDatabase(databasePath, 'server', (other) => other.role === 'restore');

/** For a restore: refused while any server or other restore holds the database. */
export const holdDatabaseForRestore = (databasePath: string) => holdDatabase(databasePath, 'restore', () => true);
