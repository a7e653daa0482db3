'use server';

import { revalidatePath } from 'next/cache';
import { purgeEdge } from '@/app/_server/edge-purge';
import { clientIp } from '@/app/_server/request-ip';
import { requireStaff } from '@/app/_server/staff-guard';
import { unlessStorageFails } from '@/app/_server/storage-guard';
import { updateSettings } from '@/db/settings';
import { t } from '@/lib/i18n';
import { numberBounds, settingKeys, settingsSchema, wordListLimits, type SettingKey } from '@/lib/settings';
import type { SettingsFormState, SettingsValues } from '@/components/admin/settings-form';
import { invalid, saved, type FieldErrors } from '@/components/form-state';
import { toFormValues } from './settings-values';

const s = t.admin.settings;

function fieldError(key: SettingKey): string {
  if (key in numberBounds) {
    const [min, max] = numberBounds[key as keyof typeof numberBounds];
    return s.numberError(min, max);
  }
  if (key === 'holdWords' || key === 'blockWords') return s.wordsError(wordListLimits.words, wordListLimits.length);
  return s.choiceError;
}

/** The discussion settings (admins): validated against the same schema that reads them, audited, and every article page regenerated. */
export async function saveSettingsAction(_previous: SettingsFormState, formData: FormData): Promise<SettingsFormState> {
  const staff = await requireStaff('settings', '/admin/reglages');
  const values = Object.fromEntries(
    settingKeys.map((key) => [key, String(formData.get(key) ?? '').slice(0, 100_000)]),
  ) as SettingsValues;
  const parsed = settingsSchema.safeParse(values);
  if (!parsed.success) {
    const errors: FieldErrors<SettingKey> = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path[0] as SettingKey;
      errors[key] ??= fieldError(key);
    }
    return invalid(values, errors, s.errorSummary);
  }
  const ip = await clientIp();
  return unlessStorageFails('saveSettings', values, t.admin.unavailable, async () => {
    const changed = updateSettings(parsed.data, { staffId: staff.id, ip });
    // Thread order, depth, page size and closing show on every article page and its comment pages.
    if (changed.length) {
      revalidatePath('/article/[slug]', 'page');
      revalidatePath('/article/[slug]/commentaires/[page]', 'page');
      // The personal data page is written from the retention settings.
      revalidatePath('/donnees-personnelles');
      purgeEdge({ paths: ['/article', '/donnees-personnelles'] });
    }
    return saved(toFormValues(parsed.data), changed.length ? s.saved : s.unchanged);
  });
}
