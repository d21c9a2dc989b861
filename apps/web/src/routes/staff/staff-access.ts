import type { SessionUser } from '../../app/resume-session';

// Who may open the staff console. The API decides every operation on its own (FORBIDDEN);
// this only keeps members from screens that would show them nothing but refusals.

export function isParkAdmin(user: SessionUser | null | undefined): boolean {
  return user?.role === 'PARK_ADMIN';
}

/** Park admins and anyone posted to a hub's staff. */
export function isStaff(user: SessionUser | null | undefined): boolean {
  return isParkAdmin(user) || (user?.hubStaff?.length ?? 0) > 0;
}

/** The hubs whose staff the viewer is (park admins: every hub, so none listed here). */
export function staffHubs(user: SessionUser | null | undefined) {
  return (user?.hubStaff ?? []).map((post) => post.hub);
}
