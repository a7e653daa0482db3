import 'server-only';
import { config } from '@/lib/config';
import { MAX_IMAGE_BYTES } from '@/lib/image-type';

/** A post's body, or null past the limit (read no further: an endless or oversized upload costs nothing more). */
export async function readLimited(request: Request, limit: number): Promise<Buffer | null> {
  if (Number(request.headers.get('content-length') ?? 0) > limit) return null;
  const reader = request.body?.getReader();
  if (!reader) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks);
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
}

/**
 * Route handlers have no cross-site check of their own (server actions do): a post from another site is refused.
 * The Origin is compared with the site's configured public address (SITE_URL), never with a Host or
 * X-Forwarded-Host header, which whoever sends the request writes.
 */
export function fromThisSite(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return true;
  try {
    return new URL(origin).origin === new URL(config.siteUrl).origin;
  } catch {
    return false;
  }
}

/** A multipart body read as form data, or null when it is not one. */
export async function formDataOf(request: Request, body: Buffer): Promise<FormData | null> {
  try {
    return await new Response(new Uint8Array(body), {
      headers: { 'content-type': request.headers.get('content-type') ?? '' },
    }).formData();
  } catch {
    return null;
  }
}

// One picture plus a few text fields and the multipart framing.
const MAX_PICTURE_POST_BYTES = MAX_IMAGE_BYTES + 64 * 1024;

/**
 * A one-picture upload's multipart form (a profile or byline photo), read under the size limit whatever the
 * request claims: 'size' past it, 'missing' for a body that is no form.
 */
export async function readUploadForm(request: Request): Promise<FormData | 'size' | 'missing'> {
  const body = await readLimited(request, MAX_PICTURE_POST_BYTES);
  if (!body) return 'size';
  return (await formDataOf(request, body)) ?? 'missing';
}
