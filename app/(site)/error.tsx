'use client';

import { t } from '@/lib/i18n';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="not-found">
      <h1>{t.error.title}</h1>
      <p>{t.error.body}</p>
      <button type="button" onClick={reset}>
        {t.error.retry}
      </button>
    </div>
  );
}
