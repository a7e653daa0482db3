import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStaff } from '@/app/_server/staff-guard';
import { CommentsChart } from '@/components/admin/comments-chart';
import { SurgeBanner } from '@/components/admin/surge-banner';
import { listActiveSurges } from '@/db/comment-surges';
import { getSettings } from '@/db/settings';
import { countCommentsByHour, countCommentsSince, listBusiestArticles } from '@/db/dashboard';
import { countFailedMail } from '@/db/mail-outbox';
import { countQueueTabs } from '@/db/moderation-queue';
import { config } from '@/lib/config';
import { countByLocalDay, startOfLocalDay } from '@/lib/local-time';
import { t } from '@/lib/i18n';
import { can } from '@/lib/roles';
import { endSurgeAction, extendSurgeAction } from './surge-actions';

export const metadata: Metadata = { title: t.admin.overview.title };

const o = t.admin.overview;
const CHART_DAYS = 30;

export default async function OverviewPage() {
  const staff = await requireStaff('moderate', '/admin');
  const now = new Date();
  const today = startOfLocalDay(now, config.timeZone);
  const tabs = countQueueTabs({ search: '', articleId: null });
  const chartStart = new Date(today.getTime() - (CHART_DAYS - 1) * 86_400_000 - 3_600_000);
  const days = countByLocalDay(countCommentsByHour(chartStart), now, CHART_DAYS, config.timeZone);
  const busiest = listBusiestArticles(new Date(now.getTime() - 86_400_000), 10);
  const figures = [
    { label: o.pending, value: tabs.pending, href: '/admin/commentaires?statut=pending' },
    { label: o.reported, value: tabs.reported, href: '/admin/commentaires?statut=reported' },
    { label: o.spam, value: tabs.spam, href: '/admin/commentaires?statut=spam' },
    { label: o.today, value: countCommentsSince(today), href: null },
    // The outbox is the admins' (app/admin/(espace)/courriels).
    ...(can(staff.role, 'audit')
      ? [{ label: t.mail.admin.dashboardFailed, value: countFailedMail(), href: '/admin/courriels' }]
      : []),
  ];
  return (
    <>
      <h1>{o.title}</h1>
      <SurgeBanner
        surges={listActiveSurges(now)}
        holdMinutes={getSettings().surgeHoldMinutes}
        endAction={endSurgeAction}
        extendAction={extendSurgeAction}
      />
      <section aria-labelledby="chiffres">
        <h2 id="chiffres" className="visually-hidden">
          {o.counts}
        </h2>
        <dl className="figures">
          {figures.map((figure) => (
            <div key={figure.label}>
              <dt>{figure.label}</dt>
              <dd>{figure.href ? <Link href={figure.href}>{figure.value}</Link> : figure.value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <CommentsChart days={days} />
      <section aria-labelledby="plus-commentes">
        <h2 id="plus-commentes">{o.busiest}</h2>
        {busiest.length === 0 ? (
          <p>{o.busiestEmpty}</p>
        ) : (
          <ol className="busiest">
            {busiest.map((article) => (
              <li key={article.id}>
                <a href={`/article/${article.slug}`}>{article.title}</a> —{' '}
                {o.busiestRow(article.comments, article.pending)} ·{' '}
                <Link href={`/admin/commentaires?article=${article.id}`}>{o.moderate}</Link>
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
