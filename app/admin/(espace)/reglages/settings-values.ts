import type { SettingsValues } from '@/components/admin/settings-form';
import { settingKeys, type Settings } from '@/lib/settings';

/** Settings as the form shows them: numbers as text, word lists one per line. */
export function toFormValues(settings: Settings): SettingsValues {
  return Object.fromEntries(
    settingKeys.map((key) => {
      const value = settings[key];
      return [key, Array.isArray(value) ? value.join('\n') : String(value)];
    }),
  ) as SettingsValues;
}
