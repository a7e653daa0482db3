import { t } from '@/lib/i18n';

export function NotFoundMessage() {
  return (
    <div className="not-found">
      <h1>{t.notFound.title}</h1>
      <p>{t.notFound.body}</p>
      <p>
        <a href="/">{t.notFound.back}</a>
      </p>
    </div>
  );
}
