import type { Metadata } from 'next';
import { requireStaff } from '@/app/_server/staff-guard';
import { SettingsForm } from '@/components/admin/settings-form';
import { getSettings } from '@/db/settings';
import { t } from '@/lib/i18n';
import { saveSettingsAction } from './actions';
import { toFormValues } from './settings-values';

export const metadata: Metadata = { title: t.admin.settings.title };

export default async function SettingsPage() {
  await requireStaff('settings', '/admin/reglages');
  return (
    <>
      <h1>{t.admin.settings.title}</h1>
      <SettingsForm action={saveSettingsAction} initial={toFormValues(getSettings())} />
    </>
  );
}
