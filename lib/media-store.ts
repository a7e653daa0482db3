// Uploaded pictures, stored re-encoded beside the database: by the hero upload route and by the WordPress import.
import 'server-only';
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import sharp, { type OutputInfo } from 'sharp';
import { config } from './config';
import { imageTypes, sniffImageType, typeOfStoredName, type ImageType } from './image-type';
import { uploadsDirOf } from './uploads-dir';

const uploadsDir = () => uploadsDirOf(config.databasePath);

export type StoredImage = { src: string; width: number; height: number };

/**
 * Checks an upload by its content (magic bytes, then a full decode) and stores a re-encoded copy: the
 * re-encoding turns the picture upright and drops its metadata (a phone photo's GPS position) and
 * anything else hidden in the file. Named by the hash of what is stored, so it never changes.
 */
export async function storeImage(bytes: Uint8Array): Promise<StoredImage | null> {
  const type = sniffImageType(bytes);
  if (!type) return null;
  let output: { data: Buffer; info: OutputInfo };
  try {
    const image = sharp(bytes, { limitInputPixels: 60_000_000 });
    if ((await image.metadata()).format !== type) return null;
    output = await image.rotate().toFormat(type).toBuffer({ resolveWithObject: true });
  } catch {
    return null;
  }
  const name = `${createHash('sha256').update(output.data).digest('hex').slice(0, 32)}.${imageTypes[type].extension}`;
  await fs.mkdir(uploadsDir(), { recursive: true });
  await fs
    .writeFile(path.join(uploadsDir(), name), output.data, { flag: 'wx' })
    .catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
  return { src: `/medias/${name}`, width: output.info.width, height: output.info.height };
}

/** A stored image by its name, or null (unknown names never reach the file system). */
export async function readImage(name: string): Promise<{ bytes: Buffer; type: ImageType } | null> {
  const type = typeOfStoredName(name);
  if (!type) return null;
  try {
    return { bytes: await fs.readFile(path.join(uploadsDir(), name)), type };
  } catch {
    return null;
  }
}

/** Removes a stored image's file; an address that is not one of ours touches nothing. */
export async function removeImage(src: string): Promise<void> {
  const name = src.slice('/medias/'.length);
  if (!src.startsWith('/medias/') || !typeOfStoredName(name)) return;
  await fs.rm(path.join(uploadsDir(), name), { force: true });
}

/** A picture file of the local disk (a WordPress uploads folder), stored like an upload; null when missing or not a picture. */
export async function storeImageFile(file: string): Promise<StoredImage | null> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch {
    return null;
  }
  return storeImage(bytes);
}
