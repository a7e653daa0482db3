import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { db } from './index';
import { sections, tags, users } from './schema';

export type Section = { id: number; slug: string; name: string; description: string };
export type Tag = { id: number; slug: string; name: string };
/** A byline as readers see it: never the staff member's e-mail or role. */
export type Author = { id: number; slug: string; name: string; bio: string; avatar: string | null };

const sectionColumns = { id: sections.id, slug: sections.slug, name: sections.name, description: sections.description };

export function listSections(): Section[] {
  return db.select(sectionColumns).from(sections).orderBy(asc(sections.position), asc(sections.name)).all();
}

export function getSectionBySlug(slug: string): Section | null {
  return db.select(sectionColumns).from(sections).where(eq(sections.slug, slug)).get() ?? null;
}

export function getTagBySlug(slug: string): Tag | null {
  return (
    db.select({ id: tags.id, slug: tags.slug, name: tags.name }).from(tags).where(eq(tags.slug, slug)).get() ?? null
  );
}

export function getAuthorBySlug(slug: string): Author | null {
  return (
    db
      .select({ id: users.id, slug: users.slug, name: users.name, bio: users.bio, avatar: users.avatar })
      .from(users)
      .where(eq(users.slug, slug))
      .get() ?? null
  );
}
