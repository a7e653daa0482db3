import sharp from 'sharp';

/** A real picture, unique to the run by its colour (`seed`), so that its stored name is new. */
export async function picture(width: number, height: number, format: 'png' | 'jpeg', seed: number): Promise<Buffer> {
  const background = `#${(seed & 0xffffff).toString(16).padStart(6, '0')}`;
  return sharp({ create: { width, height, channels: 3, background } })
    .toFormat(format)
    .toBuffer();
}
