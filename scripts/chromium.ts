/**
 * Debian's Chromium, as the tests, the bench and Lighthouse launch it (see /work/shared/STACK.md): the
 * path, and the flags that keep it from sandboxing, using the GPU or reaching the network on its own.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
