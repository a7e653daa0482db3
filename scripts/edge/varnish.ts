import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderEdgeConfig, type EdgeSettings } from './edge-config';

export const VARNISHD = process.env.VARNISHD ?? '/usr/sbin/varnishd';

export function varnishInstalled(): boolean {
  return !spawnSync(VARNISHD, ['-V']).error;
}

export type Varnish = { process: ChildProcess; stop: () => Promise<void> };

/**
 * Starts varnishd in the foreground on `port`, in front of the origin, with a working folder of its own (its
 * shared memory and compiled configuration) that is removed when it stops. Only this varnishd is ever stopped.
 */
export function startVarnish(port: number, settings: EdgeSettings, cacheSize = '256m'): Varnish {
  // Varnish's worker runs as its own user: it must be able to read its folder.
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosque-edge-'));
  fs.chmodSync(workDir, 0o755);
  const vcl = path.join(workDir, 'kiosque.vcl');
  fs.writeFileSync(vcl, renderEdgeConfig(settings));
  const child = spawn(
    VARNISHD,
    ['-F', '-a', `:${port}`, '-f', vcl, '-n', workDir, '-s', `malloc,${cacheSize}`, '-T', '127.0.0.1:0'],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  exited.then(() => fs.rmSync(workDir, { recursive: true, force: true }));
  return {
    process: child,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
