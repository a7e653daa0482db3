// `npm start`: migrate and seed an empty database, build once if there is no build, then serve it.
import { spawn } from 'node:child_process';
import { prepareSite } from './prepare-site';

prepareSite();
const server = spawn('npx', ['next', 'start', '-p', process.env.PORT ?? '3000'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
