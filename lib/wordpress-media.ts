import path from 'node:path';

// The pictures of a WordPress site: where its uploads sit in the local copy of wp-content/uploads, and
// what an attachment's metadata says of its size and credit.

const UPLOADS_SEGMENT = '/wp-content/uploads/';
const IMAGE_URL = /https?:\/\/[^\s"'<>()\]]+\/wp-content\/uploads\/[^\s"'<>()\]]+\.(?:jpe?g|png|gif|webp)/gi;

/** The addresses of uploaded pictures in a post's HTML, each once. */
export function uploadedImageUrls(html: string): string[] {
  return [...new Set(html.match(IMAGE_URL) ?? [])];
}

export const isImageUrl = (url: string) => /\.(?:jpe?g|png|gif|webp)$/i.test(url.split('?')[0]);

/** The file of an uploaded picture inside the local uploads folder, or null (another site, or a path leaving it). */
export function uploadsFileOf(url: string, uploadsRoot: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  const at = pathname.indexOf(UPLOADS_SEGMENT);
  if (at < 0) return null;
  const root = path.resolve(uploadsRoot);
  const file = path.resolve(root, pathname.slice(at + UPLOADS_SEGMENT.length));
  return file.startsWith(root + path.sep) ? file : null;
}

export type AttachmentMetadata = { width: number | null; height: number | null; credit: string };

/** Width, height and credit from _wp_attachment_metadata (PHP-serialized); the first width is the full size. */
export function attachmentMetadata(serialized: string | undefined): AttachmentMetadata {
  const size = /s:5:"width";i:(\d+);s:6:"height";i:(\d+);/.exec(serialized ?? '');
  const credit = /s:6:"credit";s:\d+:"(.*?)";/.exec(serialized ?? '');
  return {
    width: size ? Number(size[1]) : null,
    height: size ? Number(size[2]) : null,
    credit: credit?.[1].trim() ?? '',
  };
}

/** An address on this very site (an export of ours imported again) is kept as a path. */
export function ownPath(url: string, siteUrl: string): string {
  return url.startsWith(`${siteUrl}/`) ? url.slice(siteUrl.length) : url;
}
