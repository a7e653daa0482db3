// Next answers some bad posts itself, before any page of the site can: an unknown or malformed server
// action gets "Invalid Server Action request." (400), a body it cannot parse "Internal Server Error"
// (500), both as English plain text. On posts only (reads never pay for it), such an answer is swapped
// for the site's French refusal page with the same status.
import http from 'node:http';
import { t } from '@/lib/i18n';
import { refusalPage } from '@/lib/refusal-page';

type Send = (...args: unknown[]) => unknown;
const methods = ['writeHead', 'flushHeaders', 'write', 'end'] as const;

export function frenchPlainErrors(response: http.ServerResponse, back: { href: string; label: string }) {
  const patch = (wrap: (name: (typeof methods)[number], original: Send) => Send) => {
    for (const name of methods) {
      const original = http.ServerResponse.prototype[name].bind(response) as Send;
      Object.assign(response, { [name]: wrap(name, original) });
    }
  };
  // Decided once, when Next first sends anything: by then its status and content type are set.
  let decided = false;
  patch((name, original) => (...args: unknown[]) => {
    if (name === 'writeHead') response.statusCode = args[0] as number;
    if (!decided) {
      decided = true;
      const type = String(response.getHeader('content-type') ?? '');
      if (response.statusCode >= 400 && !response.headersSent && !type.includes('html')) {
        const message = response.statusCode >= 500 ? t.error.body : t.refusals['bad-action'];
        for (const method of methods) delete response[method];
        response.removeHeader('content-length');
        response.setHeader('content-type', 'text/html; charset=utf-8');
        response.end(refusalPage(message, back));
        // What Next still sends of its own answer goes nowhere.
        patch((method) => () => (method === 'write' ? true : response));
        return name === 'write' ? true : response;
      }
    }
    return original(...args);
  });
}
