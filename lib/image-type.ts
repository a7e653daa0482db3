/** The image types a hero may be, by their first bytes (never by the file name or the browser's word). */
export const imageTypes = {
  jpeg: { extension: 'jpg', contentType: 'image/jpeg' },
  png: { extension: 'png', contentType: 'image/png' },
  webp: { extension: 'webp', contentType: 'image/webp' },
} as const;
export type ImageType = keyof typeof imageTypes;

// Large enough for a press photo from a camera; an upload over it is refused before it is read.
export const MAX_IMAGE_BYTES = 8 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
  signature.every((byte, i) => bytes[offset + i] === byte);

export function sniffImageType(bytes: Uint8Array): ImageType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  // "RIFF" <size> "WEBP"
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  return null;
}

/** A stored image's name: 32 hex digits of its content hash and its type's extension, nothing a path could escape with. */
export const storedImageName = /^[0-9a-f]{32}\.(jpg|png|webp)$/;

export function typeOfStoredName(name: string): ImageType | null {
  if (!storedImageName.test(name)) return null;
  const extension = name.slice(name.lastIndexOf('.') + 1);
  return (Object.keys(imageTypes) as ImageType[]).find((type) => imageTypes[type].extension === extension) ?? null;
}
