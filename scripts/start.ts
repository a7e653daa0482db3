// `npm start`: migrate and seed an empty database, build once if there is no build, then serve it.
import { prepareSite } from './prepare-site';

prepareSite();
await import('./server');
