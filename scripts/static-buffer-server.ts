// The reference for `npm run bench`: a minimal node:http server answering every request with one file's
// bytes from memory, in a process of its own (as the site's server is) so it never shares a thread with
// the load generator. Usage: node --import tsx scripts/static-buffer-server.ts <file> <port>; says 'ready' over IPC.
import fs from 'node:fs';
import http from 'node:http';

const [file, port] = process.argv.slice(2);
const body = fs.readFileSync(file!);
http
  .createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length });
    response.end(body);
  })
  .listen(Number(port), '127.0.0.1', () => process.send?.('ready'));
