import type { Metadata } from 'next';
import { ErrorMessagesProvider } from '@/components/error-messages';
import { t } from '@/lib/i18n';
import './admin.css';

export const metadata: Metadata = {
  title: { default: t.admin.title, template: `%s – ${t.admin.title}` },
  robots: { index: false, follow: false },
};

/** The staff dashboard: its own chrome, no public header; every page under it checks the session itself. */
export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="admin">
      <ErrorMessagesProvider messages={t.error}>{children}</ErrorMessagesProvider>
    </div>
  );
}
