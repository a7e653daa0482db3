import { MAX_IMAGE_BYTES } from './image-type';

/** Pictures in one upload to the media library; each is at most MAX_IMAGE_BYTES. */
export const MAX_UPLOAD_FILES = 10;
// Room for a few full-size press photos in one post, plus the multipart framing; the server reads no further.
export const MAX_UPLOAD_POST_BYTES = 5 * MAX_IMAGE_BYTES + 64 * 1024;
