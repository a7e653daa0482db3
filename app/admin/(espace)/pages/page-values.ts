import type { PageValues } from '@/components/admin/page-form';
import type { EditablePage } from '@/db/pages';
import { pageFields } from '@/lib/page-form';

/** A page as its form shows it: text fields, the checkbox as "on". */
export function toPageValues(page: EditablePage): PageValues {
  return {
    title: page.title,
    slug: page.slug,
    bodyMarkdown: page.bodyMarkdown,
    status: page.status,
    inFooter: page.inFooter ? 'on' : '',
    footerPosition: String(page.footerPosition),
  };
}

export const blankPageValues: PageValues = {
  title: '',
  slug: '',
  bodyMarkdown: '',
  status: 'draft',
  inFooter: '',
  footerPosition: '0',
};

/** What the staff member typed, to put back in a refused form; a huge paste is cut, not echoed whole. */
export function echoPageValues(formData: FormData): PageValues {
  return Object.fromEntries(
    pageFields.map((field) => [field, String(formData.get(field) ?? '').slice(0, 120_000)]),
  ) as PageValues;
}
