import 'server-only';
import { updateProfile, type ProfileScope } from '@/db/profiles';
import type { StaffMember } from '@/lib/roles';
import { storeImage } from '@/lib/media-store';
import { clientIp } from './request-ip';
import { revalidateAuthor } from './revalidate-author';
import { fromThisSite, readUploadForm } from './upload-body';

/**
 * A profile photo upload (a member's own, or a byline's): the same checks as a hero picture (size, type
 * by content, re-encoded without metadata), then back to `page` with the result, which the form shows.
 */
export async function receiveProfilePhoto(
  request: Request,
  staff: StaffMember,
  profile: { id: number; scope: ProfileScope },
  page: string,
): Promise<Response> {
  if (!fromThisSite(request)) return new Response(null, { status: 403 });
  const back = (result: string) =>
    new Response(null, { status: 303, headers: { Location: `${page}?photo=${result}#photo` } });
  const form = await readUploadForm(request);
  if (typeof form === 'string') return back(form);
  const file = form.get('photo');
  if (!(file instanceof File) || file.size === 0) return back('missing');
  const stored = await storeImage(new Uint8Array(await file.arrayBuffer()));
  if (!stored) return back('type');
  const before = updateProfile(
    profile.id,
    profile.scope,
    { avatar: stored.src },
    { staffId: staff.id, ip: await clientIp() },
  );
  if (!before) return new Response(null, { status: 404 });
  revalidateAuthor(before.slug, false);
  return back('ok');
}
