import 'server-only';
import { MAX_IMAGE_BYTES } from '@/lib/image-type';

// The file plus a few text fields and the multipart framing.
const MAX_POST_BYTES = MAX_IMAGE_BYTES + 64 * 1024;

async function readLimited(request: Request): Promise<Buffer | null> {
  const reader = request.body?.getReader();
  if (!reader) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks);
    size += value.length;
    if (size > MAX_POST_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
}

/** Route handlers have no cross-site check of their own (server actions do): a post from another site is refused. */
export function fromThisSite(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return true;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * A picture upload's multipart form, read under the size limit whatever the request claims: 'size' past
 * it, 'missing' for a body that is no form.
 */
export async function readUploadForm(request: Request): Promise<FormData | 'size' | 'missing'> {
  if (Number(request.headers.get('content-length') ?? 0) > MAX_POST_BYTES) return 'size';
  const body = await readLimited(request);
  if (!body) return 'size';
  try {
    return await new Response(new Uint8Array(body), {
      headers: { 'content-type': request.headers.get('content-type') ?? '' },
    }).formData();
  } catch {
    return 'missing';
  }
}
