import 'server-only';
import { revalidatePath } from 'next/cache';
import { purgeEdge } from './edge-purge';

/**
 * After a profile change: the author's page (bio, photo); and when the name changed, every article page,
 * since each shows its byline by name.
 */
export function revalidateAuthor(slug: string, nameChanged: boolean): void {
  revalidatePath(`/auteur/${slug}`);
  const paths = [`/auteur/${encodeURIComponent(slug)}`];
  if (nameChanged) {
    revalidatePath('/article/[slug]', 'page');
    paths.push('/article');
  }
  purgeEdge({ paths });
}
