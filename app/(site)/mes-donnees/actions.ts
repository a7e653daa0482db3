'use server';

import { clientIp } from '@/app/_server/request-ip';
import { unlessStorageFails } from '@/app/_server/storage-guard';
import { createDataLink } from '@/db/my-data';
import { emailHash } from '@/lib/commenter-identity';
import {
  DATA_LINK_MS,
  DATA_REQUEST_WINDOW_MS,
  dataLinkMail,
  dataLinkUrl,
  dataRequestAllowed,
  dataRequestSchema,
  newDataToken,
} from '@/lib/data-access';
import { t } from '@/lib/i18n';
import { secretFor } from '@/lib/secret';
import { keyedHash } from '@/lib/signed-token';
import type { DataRequestState } from '@/components/data-request-form';
import { invalid, saved } from '@/components/form-state';

const m = t.myData;

/**
 * "Mes données": a link by e-mail to the address typed, if the site keeps anything under it. One answer
 * for every address, known or not, within the limits or past them: the form tells nobody who commented.
 */
export async function requestDataLinkAction(
  _previous: DataRequestState,
  formData: FormData,
): Promise<DataRequestState> {
  const values = { email: String(formData.get('email') ?? '').slice(0, 1_000) };
  const parsed = dataRequestSchema.safeParse(values);
  if (!parsed.success) return invalid(values, { email: m.emailError }, null);
  const now = new Date();
  const ip = await clientIp();
  return unlessStorageFails('requestDataLink', values, m.unavailable, async () => {
    const { token, tokenHash } = newDataToken();
    createDataLink({
      emailHash: emailHash(parsed.data.email),
      ipHash: ip ? keyedHash(ip, secretFor('mail-client')) : null,
      since: new Date(now.getTime() - DATA_REQUEST_WINDOW_MS),
      allowed: dataRequestAllowed,
      tokenHash,
      now,
      expiresAt: new Date(now.getTime() + DATA_LINK_MS),
      mail: dataLinkMail(parsed.data.email, dataLinkUrl(token)),
    });
    return saved({ email: '' }, m.answer);
  });
}
