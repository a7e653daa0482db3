import { getImageProps, type ImageProps } from 'next/image';
import { preload } from 'react-dom';

type Props = Pick<ImageProps, 'alt' | 'width' | 'height' | 'sizes' | 'className' | 'fetchPriority'> & {
  src: string;
  /** The page's main image: preloaded from the head and fetched first, never lazily. */
  lead?: boolean;
};

/**
 * An image resized by Next's image endpoint (srcset, AVIF/WebP), rendered as a plain <img>: the
 * next/image component would add client JavaScript to every page that shows a picture.
 */
export function OptimizedImage({ lead = false, ...image }: Props) {
  const { props } = getImageProps({ ...image, ...(lead ? { loading: 'eager', fetchPriority: 'high' } : {}) });
  if (lead)
    preload(props.src, { as: 'image', imageSrcSet: props.srcSet, imageSizes: props.sizes, fetchPriority: 'high' });
  // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- the alt text is in props
  return <img {...props} />;
}

/** An article's hero picture, at the top of its page or of the lead card: the page's main image. */
export function HeroImage({
  hero,
  sizes,
  className,
}: {
  hero: { src: string; alt: string; width: number; height: number };
  sizes: string;
  className?: string;
}) {
  return (
    <OptimizedImage
      src={hero.src}
      alt={hero.alt}
      width={hero.width}
      height={hero.height}
      sizes={sizes}
      lead
      className={className}
    />
  );
}
