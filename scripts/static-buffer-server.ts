// The reference for `npm run bench`: a minimal node:http server answering every request with one file's
// bytes from memory (gzipped once, beforehand, for a client that accepts gzip, as nginx's gzip_static
// does), in a process of its own (as the site's server is) so it never shares a thread with the load
// generator. Usage: node --import tsx scripts/static-buffer-server.ts <file> <port>; says 'ready' over IPC.
import fs from 'node:fs';
import http from 'node:http';
import { gzipSync } from 'node:zlib';

const [file, port] = process.argv.slice(2);
const plain = fs.readFileSync(file!);
const gzipped = gzipSync(plain);
http
  .createServer((request, response) => {
    const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    const body = gzip ? gzipped : plain;
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': body.length,
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    response.end(body);
  })
  .listen(Number(port), '127.0.0.1', () => process.send?.('ready'));
