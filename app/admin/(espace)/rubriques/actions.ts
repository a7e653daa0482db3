'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { purgeEdge } from '@/app/_server/edge-purge';
import { clientIp } from '@/app/_server/request-ip';
import { requireStaff } from '@/app/_server/staff-guard';
import { deleteSection, deleteTag, saveSection, saveTag, type TaxonomyResult } from '@/db/staff-taxonomy';
import { sectionFormSchema, tagFormSchema } from '@/lib/taxonomy-form';

const PAGE = '/admin/rubriques';

const rowId = (formData: FormData) => {
  const raw = String(formData.get('id') ?? '');
  return /^\d{1,9}$/.test(raw) ? Number(raw) : null;
};

/** Sections are in every page's header and footer; a tag's page lists its articles. */
function finish(result: TaxonomyResult, kind: 'section' | 'tag', done: 'saved' | 'removed'): never {
  if (!result.ok) redirect(`${PAGE}?fait=${result.error}`);
  if (kind === 'section') {
    revalidatePath('/', 'layout');
    purgeEdge({ everything: true });
  } else {
    for (const slug of result.slugs) revalidatePath(`/mot-cle/${slug}`);
    purgeEdge({ paths: result.slugs.map((slug) => `/mot-cle/${encodeURIComponent(slug)}`) });
  }
  redirect(`${PAGE}?fait=${done}`);
}

export async function saveSectionAction(formData: FormData): Promise<void> {
  const staff = await requireStaff('articles', PAGE);
  const parsed = sectionFormSchema.safeParse({
    name: formData.get('name'),
    slug: formData.get('slug'),
    description: formData.get('description'),
    position: formData.get('position'),
  });
  if (!parsed.success) redirect(`${PAGE}?fait=invalid`);
  finish(saveSection(rowId(formData), parsed.data, { staffId: staff.id, ip: await clientIp() }), 'section', 'saved');
}

export async function deleteSectionAction(formData: FormData): Promise<void> {
  const staff = await requireStaff('articles', PAGE);
  const id = rowId(formData);
  if (id === null) redirect(`${PAGE}?fait=invalid`);
  finish(deleteSection(id, { staffId: staff.id, ip: await clientIp() }), 'section', 'removed');
}

export async function saveTagAction(formData: FormData): Promise<void> {
  const staff = await requireStaff('articles', PAGE);
  const parsed = tagFormSchema.safeParse({ name: formData.get('name'), slug: formData.get('slug') });
  if (!parsed.success) redirect(`${PAGE}?fait=invalid`);
  finish(saveTag(rowId(formData), parsed.data, { staffId: staff.id, ip: await clientIp() }), 'tag', 'saved');
}

export async function deleteTagAction(formData: FormData): Promise<void> {
  const staff = await requireStaff('articles', PAGE);
  const id = rowId(formData);
  if (id === null) redirect(`${PAGE}?fait=invalid`);
  finish(deleteTag(id, { staffId: staff.id, ip: await clientIp() }), 'tag', 'removed');
}
