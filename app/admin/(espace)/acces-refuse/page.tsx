import type { Metadata } from 'next';
import Link from 'next/link';
import { t } from '@/lib/i18n';

export const metadata: Metadata = { title: t.admin.refused.title };

/** Where the guard sends a signed-in member whose role does not allow the page or action. */
export default function RefusedPage() {
  return (
    <>
      <h1>{t.admin.refused.title}</h1>
      <p>{t.admin.refused.body}</p>
      <p>
        <Link href="/admin">{t.admin.refused.back}</Link>
      </p>
    </>
  );
}
