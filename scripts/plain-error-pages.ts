// Next answers some bad posts itself, before any page of the site can: an unknown or malformed server
// action gets "Invalid Server Action request." (400), a body it cannot decode "Internal Server Error"
// (500), both as English plain text. On posts only (reads never pay for it), such an answer is swapped
// for the site's French refusal page with the same status.
import http from 'node:http';
import { t } from '@/lib/i18n';
import { refusalPage } from '@/lib/refusal-page';

type Send = (...args: unknown[]) => unknown;
type Back = { href: string; label: string };
const methods = ['writeHead', 'flushHeaders', 'write', 'end'] as const;

export function frenchPlainErrors(request: http.IncomingMessage, response: http.ServerResponse, back: Back) {
  // A server-action call Next cannot decode (text that is not React's encoding) gets a bare 500 before
  // any action runs (an action that throws answers in React's format instead): it was a bad request.
  const actionCall = request.headers['next-action'] !== undefined;
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
        if (actionCall && response.statusCode === 500) response.statusCode = 400;
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
