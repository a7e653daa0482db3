import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { expect, test, testDb } from './fixtures';
import { seedSlug } from './comment-helpers';
import { readAgedCommentForm } from './comment-post';
import { multipart, rawRequest } from './raw-http';

const refused = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });

test('on SIGTERM the server stops accepting, finishes the comment being posted, closes the database, exits 0', async () => {
  test.setTimeout(60_000);
  // A second server of the same build, on a copy of the run's database, that this test may stop.
  const databasePath = path.join(path.dirname(process.env.E2E_DATABASE_PATH!), `arret-${Date.now()}.db`);
  testDb.copyTo(databasePath);
  const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/server.ts'], {
    env: {
      ...process.env,
      DATABASE_PATH: databasePath,
      NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? '.next-e2e',
      PORT: '0',
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));
  const port = await new Promise<number>((resolve) => {
    server.stdout.on('data', (chunk: Buffer) => {
      const match = chunk.toString().match(/Kiosque: http:\/\/localhost:(\d+)/);
      if (match) resolve(Number(match[1]));
    });
  });
  const base = `http://127.0.0.1:${port}`;
  const article = `/article/${seedSlug}`;
  const hidden = await readAgedCommentForm((await rawRequest(base, { path: article })).body);
  const email = `arret.${Date.now()}@example.com`;
  const form = await multipart({ ...hidden, body: 'Posté pendant l’arrêt.', authorName: 'Tardif', authorEmail: email });

  // The post's headers reach the server (it answers 100 Continue), then the server is told to stop,
  // and only once it refuses new connections does the body follow.
  const answer = new Promise<number>((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        path: article,
        method: 'POST',
        agent: false,
        headers: { 'content-type': form.contentType, 'content-length': form.body.length, expect: '100-continue' },
      },
      (response) => {
        response.resume();
        resolve(response.statusCode!);
      },
    );
    request.on('error', reject);
    request.once('continue', async () => {
      server.kill('SIGTERM');
      while (!(await refused(port)));
      request.end(form.body);
    });
  });
  expect(await answer).toBe(303);
  expect(await exited).toBe(0);

  // Closed cleanly: the last connection's close folded the write-ahead log back into the file.
  expect(fs.existsSync(`${databasePath}-wal`)).toBe(false);
  expect(testDb.inspect(databasePath, email).integrity).toBe('ok');
  expect(testDb.countComments({ authorEmail: email }, databasePath)).toBe(1);
});
