'use client';

import { useErrorMessages } from '@/components/error-messages';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
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
