'use client';

import { useErrorMessages } from '@/components/error-messages';

/** The error boundary's page (app/(site)/error.tsx, app/admin/error.tsx), in French, with a retry button. */
export function ErrorNotice({ reset }: { error: Error; reset: () => void }) {
  const text = useErrorMessages();
  return (
    <div className="not-found">
      <h1>{text.title}</h1>
      <p>{text.body}</p>
      <button type="button" onClick={reset}>
        {text.retry}
      </button>
    </div>
  );
}
