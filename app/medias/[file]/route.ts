import { readImage } from '@/lib/media-store';
import { imageTypes } from '@/lib/image-type';

/** Uploaded images: the type the upload was checked as, never sniffed by the browser, cached for good (names are content hashes). */
export async function GET(_request: Request, context: RouteContext<'/medias/[file]'>) {
  const image = await readImage((await context.params).file);
  if (!image) return new Response(null, { status: 404 });
  return new Response(new Uint8Array(image.bytes), {
    headers: {
      'Content-Type': imageTypes[image.type].contentType,
      'Content-Length': String(image.bytes.length),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'public, max-age=31536000, immutable',
      'Content-Security-Policy': "default-src 'none'; sandbox",
    },
  });
}
