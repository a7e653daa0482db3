import type { Metadata } from 'next';
import { getSettings } from '@/db/settings';
import { HELD_MAX_AGE, READER_MAX_AGE, REMEMBER_MAX_AGE } from '@/lib/commenter-cookies';
import { DATA_PATH, DATA_SESSION_MS } from '@/lib/data-access';
import { t } from '@/lib/i18n';

const p = t.privacy;
const days = (seconds: number) => p.days(Math.round(seconds / 86_400));

export const metadata: Metadata = { title: p.title, alternates: { canonical: '/donnees-personnelles' } };

/**
 * What the site keeps about commenters, why and how long, written from the settings the retention job
 * applies (app/_server/retention-clock.ts), so the page cannot say otherwise. Regenerated when staff
 * save the settings.
 */
export default function PrivacyPage() {
  const settings = getSettings();
  const rows = [
    { ...p.rows.published, howLong: p.untilDeleted },
    { ...p.rows.email, howLong: p.untilDeleted },
    { ...p.rows.address, howLong: p.afterComment(p.days(settings.retentionIpDays)) },
    { ...p.rows.discarded, howLong: p.afterSending(p.days(settings.retentionSpamDays)) },
    p.rows.reports,
    { ...p.rows.staffSignIns, howLong: p.keptFor(p.days(settings.retentionIpDays)) },
    { ...p.rows.mail, howLong: p.mailKept(p.days(settings.retentionIpDays)) },
    p.rows.dataLinks,
  ];
  return (
    <article className="page privacy">
      <h1>{p.title}</h1>
      <p>{p.intro}</p>
      <p>
        {p.myDataLead} <a href={DATA_PATH}>{t.myData.title}</a>
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{p.columns.what}</th>
            <th scope="col">{p.columns.why}</th>
            <th scope="col">{p.columns.howLong}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.what}>
              <th scope="row">{row.what}</th>
              <td>{row.why}</td>
              <td>{row.howLong}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{p.cookiesTitle}</h2>
      <p>{p.cookiesIntro}</p>
      <ul>
        <li>{p.cookies.remember(days(REMEMBER_MAX_AGE))}</li>
        <li>{p.cookies.held(days(HELD_MAX_AGE))}</li>
        {settings.ownEditMinutes > 0 && <li>{p.cookies.own(p.minutes(settings.ownEditMinutes))}</li>}
        <li>{p.cookies.reader(days(READER_MAX_AGE))}</li>
        <li>{p.cookies.myData(p.minutes(DATA_SESSION_MS / 60_000))}</li>
      </ul>
    </article>
  );
}
