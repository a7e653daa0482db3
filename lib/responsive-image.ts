/**
 * The srcset of a picture stored here (/medias/…), in the form Next's image endpoint answers, for HTML written
 * outside React (an article body rendered once on save). The widths are Next's default device sizes up to the
 * first one past the picture's own width (the endpoint never enlarges) and quality 75, its only allowed one.
 */
const widths = [640, 750, 828, 1080, 1200, 1920, 2048];

export const bodyPictureSizes = '(max-width: 48rem) 100vw, 48rem';

export function responsiveImage(src: string, width: number): { src: string; srcSet: string } {
  const cut = widths.findIndex((w) => w >= width);
  const used = cut === -1 ? widths : widths.slice(0, cut + 1);
  const at = (w: number) => `/_next/image?url=${encodeURIComponent(src)}&w=${w}&q=75`;
  return {
    src: at(used.filter((w) => w <= 1080).at(-1) ?? used[0]!),
    srcSet: used.map((w) => `${at(w)} ${w}w`).join(', '),
  };
}
