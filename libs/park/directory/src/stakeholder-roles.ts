import { StakeholderRole } from '@park/platform/database';

/** The roles that manage a stakeholder: they act for it (apply, propose, lead) and hear for it. */
export const MANAGING_ROLES: ReadonlySet<StakeholderRole> = new Set([
  StakeholderRole.OWNER,
  StakeholderRole.ADMIN,
]);
