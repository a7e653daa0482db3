import { receiveProfilePhoto } from '@/app/_server/profile-photo';
import { requireStaffForRoute } from '@/app/_server/staff-guard';

/** The member's own photo: every role may keep their profile. */
export async function POST(request: Request) {
  const access = await requireStaffForRoute('moderate');
  if ('refusal' in access) return access.refusal;
  return receiveProfilePhoto(request, access.staff, { id: access.staff.id, scope: { kind: 'own' } }, '/admin/compte');
}
