'use server';

import { redirect } from 'next/navigation';
import { currentDataOwner, endDataSession } from '@/app/_server/data-session';
import { revalidateArticlesById } from '@/app/_server/revalidate-article';
import { unlessStorageFails } from '@/app/_server/storage-guard';
import { unsubscribe } from '@/db/mail-subscriptions';
import { eraseCommenterData } from '@/db/my-data';
import { DATA_PATH, erasureSchema } from '@/lib/data-access';
import { t } from '@/lib/i18n';
import type { DataEraseState, DataEraseValues } from '@/components/data-erase-form';
import { invalid } from '@/components/form-state';

const m = t.myData;

/** "Me désabonner de tout": the address is forgotten by the mail tables; asking again needs a new confirmation. */
export async function unsubscribeAllAction(): Promise<void> {
  const owner = await currentDataOwner();
  if (owner) unsubscribe(owner, 'all');
  redirect(`${DATA_PATH}/espace${owner ? '?desabonne=1' : ''}`);
}

/**
 * Erases everything kept under the session's address (db/my-data.ts), then ends the session. The address
 * comes from the session row alone: nothing the form sends names whose data is erased.
 */
export async function eraseDataAction(_previous: DataEraseState, formData: FormData): Promise<DataEraseState> {
  const values: DataEraseValues = {
    mode: String(formData.get('mode') ?? '').slice(0, 20),
    confirm: formData.get('confirm') === 'on',
  };
  const owner = await currentDataOwner();
  if (!owner) return invalid(values, {}, m.space.expired);
  const parsed = erasureSchema.safeParse({ mode: values.mode, confirm: formData.get('confirm') ?? undefined });
  if (!parsed.success) {
    const fields = new Set(parsed.error.issues.map((issue) => issue.path[0]));
    return invalid(
      values,
      {
        ...(fields.has('mode') ? { mode: m.erase.modeError } : {}),
        ...(fields.has('confirm') ? { confirm: m.erase.confirmError } : {}),
      },
      m.erase.errorSummary,
    );
  }
  return unlessStorageFails('eraseCommenterData', values, m.unavailable, async () => {
    const report = eraseCommenterData({
      emailHash: owner,
      mode: parsed.data.mode,
      anonymousName: m.anonymousName,
      now: new Date(),
    });
    revalidateArticlesById(report.articleIds);
    await endDataSession();
    redirect(`${DATA_PATH}?efface=1`);
  });
}
