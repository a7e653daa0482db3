import { receiveProfilePhoto } from '@/app/_server/profile-photo';
import { requireStaffForRoute } from '@/app/_server/staff-guard';

/** A byline's photo (editors, admins); a member's own profile is out of reach here. */
export async function POST(request: Request, context: RouteContext<'/admin/signatures/[id]/photo'>) {
  const access = await requireStaffForRoute('articles');
  if ('refusal' in access) return access.refusal;
  const id = Number((await context.params).id);
  if (!Number.isSafeInteger(id) || id < 1) return new Response(null, { status: 404 });
  return receiveProfilePhoto(request, access.staff, { id, scope: { kind: 'byline' } }, `/admin/signatures/${id}`);
}
