import type { BackupReport } from './backup';

type Log = Pick<Console, 'log' | 'error'>;

/**
 * Runs `run` after `firstDelay`, then every `every` milliseconds after each run ends, so two never
 * overlap. A failure is logged and the next tick tries again. The timers do not keep a process alive.
 */
export function startBackupSchedule(options: {
  every: number;
  firstDelay: number;
  run: () => Promise<BackupReport>;
  log: Log;
}): () => void {
  const { log } = options;
  let timer: NodeJS.Timeout;
  let stopped = false;
  const schedule = (delay: number) => {
    if (!stopped) timer = setTimeout(tick, delay).unref();
  };
  const tick = async () => {
    try {
      const report = await options.run();
      log.log(
        `Sauvegarde ${report.file} : ${(report.bytes / 1e6).toFixed(1)} Mo, médias ${report.media.copied} copiés et ` +
          `${report.media.linked} liés, en ${report.ms} ms` +
          (report.removed.length > 0 ? `; anciennes supprimées : ${report.removed.join(', ')}` : ''),
      );
    } catch (error) {
      log.error(`Sauvegarde échouée, nouvel essai au prochain passage : ${(error as Error).message}`);
    } finally {
      schedule(options.every);
    }
  };
  schedule(options.firstDelay);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
