import Link from 'next/link';
import type { SurgeForStaff } from '@/db/comment-surges';
import { formatDateTime } from '@/lib/format';
import { t } from '@/lib/i18n';
import { ButtonForm } from '@/components/admin/button-form';

const m = t.admin.surges;

/** The articles whose new comments are held for an afflux, each with "lever" and "prolonger". */
export function SurgeBanner({
  surges,
  holdMinutes,
  endAction,
  extendAction,
}: {
  surges: SurgeForStaff[];
  holdMinutes: number;
  endAction: (formData: FormData) => Promise<void>;
  extendAction: (formData: FormData) => Promise<void>;
}) {
  if (surges.length === 0) return null;
  return (
    <section className="notice surge-banner" aria-labelledby="afflux">
      <h2 id="afflux">{m.title}</h2>
      <ul>
        {surges.map((surge) => (
          <li key={surge.id}>
            <p>{m.banner(surge.article.title, formatDateTime(surge.endsAt))}</p>
            <div className="actions">
              <Link href={`/admin/commentaires?article=${surge.article.id}`}>{m.moderate}</Link>{' '}
              <ButtonForm action={endAction} fields={{ surgeId: surge.id }} label={m.end} />{' '}
              <ButtonForm
                action={extendAction}
                fields={{ surgeId: surge.id }}
                label={m.extend(holdMinutes)}
                look="secondary"
              />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
