// npm run export:wordpress -- out.xml: the whole site as a WordPress export (WXR 1.2), so a newsroom is never locked in.
import fs from 'node:fs';
import { parseArgs } from 'node:util';

const { positionals } = parseArgs({ allowPositionals: true, options: {} });
const file = positionals[0];
if (!file) {
  console.error('Usage : npm run export:wordpress -- export.xml');
  process.exit(2);
}

const { exportWordPress } = await import('@/db/wordpress-export');

// Written under another name and renamed when complete: a file with the asked name is always a whole export.
const partial = `${file}.partial`;
const out = fs.openSync(partial, 'w');
try {
  for (const piece of exportWordPress()) fs.writeSync(out, piece);
} finally {
  fs.closeSync(out);
}
fs.renameSync(partial, file);
console.log(`Export écrit : ${file} (${(fs.statSync(file).size / 1e6).toFixed(1)} Mo)`);
