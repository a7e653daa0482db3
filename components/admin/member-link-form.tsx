'use client';

import { useActionState } from 'react';
import { FormMessage } from '../field';
import { LinkResult } from './link-result';

export type MemberLinkState =
  | { status: 'idle' }
  | { status: 'refused'; message: string }
  | { status: 'linked'; message: string; url: string; expires: string };

type Props = {
  action: (state: MemberLinkState, formData: FormData) => Promise<MemberLinkState>;
  memberId: number;
  label: string;
  help: string;
};

/** Creates a single-use link for a member; it is shown here once, for the admin to pass on. */
export function MemberLinkForm({ action, memberId, label, help }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' });
  return (
    <form action={formAction} className="admin-form">
      {state.status === 'linked' && (
        <LinkResult id="membre-lien" message={state.message} url={state.url} expires={state.expires} />
      )}
      {state.status === 'refused' && <FormMessage message={{ text: state.message, tone: 'alert' }} />}
      <input type="hidden" name="id" value={memberId} />
      <p id="membre-lien-aide" className="hint">
        {help}
      </p>
      <button type="submit" disabled={pending} aria-describedby="membre-lien-aide">
        {label}
      </button>
    </form>
  );
}
