'use server';

import { redirect } from 'next/navigation';
import { clientIp } from '@/app/_server/request-ip';
import { requireStaff } from '@/app/_server/staff-guard';
import { addCommenterRule, deleteCommenterRule, getCommenterForStaff } from '@/db/commenters';
import { commenterRuleSchema, ruleExpiry } from '@/lib/commenter-rule-form';

const page = (commentId: unknown) =>
  `/admin/commentaires/commentateur/${/^\d{1,9}$/.test(String(commentId)) ? commentId : ''}`;

/** "Toujours approuver" and "Bloquer": rules the moderation policy reads for the commenter's next comments. */
export async function addRuleAction(formData: FormData): Promise<void> {
  const back = page(formData.get('commentId'));
  const staff = await requireStaff('moderate', back);
  const parsed = commenterRuleSchema.safeParse(
    Object.fromEntries(['kind', 'commentId', 'on', 'duration'].map((key) => [key, formData.get(key) ?? undefined])),
  );
  const commenter = parsed.success ? getCommenterForStaff(parsed.data.commentId) : null;
  if (!parsed.success || !commenter) redirect(`${back}?fait=invalid`);
  const rule = parsed.data;
  const byIp = rule.kind === 'block' && rule.on === 'ip';
  if (byIp && !commenter.ip) redirect(`${back}?fait=invalid`);
  addCommenterRule(
    {
      kind: rule.kind,
      emailHash: byIp ? null : commenter.emailHash,
      ip: byIp ? commenter.ip : null,
      expiresAt: rule.kind === 'block' ? ruleExpiry(rule.duration, new Date()) : null,
      commentId: commenter.commentId,
    },
    { staffId: staff.id, ip: await clientIp() },
  );
  redirect(`${back}?fait=${rule.kind}`);
}

export async function removeRuleAction(formData: FormData): Promise<void> {
  const back = page(formData.get('commentId'));
  const staff = await requireStaff('moderate', back);
  const ruleId = Number(formData.get('ruleId'));
  if (!Number.isSafeInteger(ruleId) || ruleId < 1) redirect(`${back}?fait=invalid`);
  deleteCommenterRule(ruleId, Number(formData.get('commentId')), { staffId: staff.id, ip: await clientIp() });
  redirect(`${back}?fait=removed`);
}
