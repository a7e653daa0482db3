import type { Metadata } from 'next';
import Link from 'next/link';
import { ForgotForm } from '@/components/admin/forgot-form';
import { t } from '@/lib/i18n';
import { forgotPasswordAction } from './actions';

const f = t.admin.team.forgot;

export const metadata: Metadata = { title: f.title };

export default function ForgotPasswordPage() {
  return (
    <main id="contenu" className="admin-main admin-main--narrow">
      <ForgotForm action={forgotPasswordAction} />
      <p>
        <Link href="/admin/connexion">{f.back}</Link>
      </p>
    </main>
  );
}
