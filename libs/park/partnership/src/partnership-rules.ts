import { PARK_TIME_ZONE } from '@park/directory';
import { PartnershipKind } from '@park/platform/database';
import { FieldViolation } from '@park/platform/graphql';
// The Date scalar's own check, kept under its old name for the rules and their spec.
export { isCalendarDate } from '@park/platform/graphql';

/** Personal data may be kept at most five years. */
export const MAX_PERSONAL_DATA_RETENTION_DAYS = 1825;

const PARK_DAY = new Intl.DateTimeFormat('en-GB', {
  timeZone: PARK_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today in the park (Asia/Seoul), YYYY-MM-DD: string order is date order. */
export function parkToday(now: Date = new Date()): string {
  const parts = Object.fromEntries(PARK_DAY.formatToParts(now).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** YYYY-MM-DD ↔ the value Prisma reads and writes for a DATE column (midnight UTC). */
export const toDateColumn = (day: string): Date => new Date(`${day}T00:00:00.000Z`);
export const fromDateColumn = (date: Date): string => date.toISOString().slice(0, 10);

export interface ProposedTerms {
  proposerId: string;
  partnerId: string;
  kind: PartnershipKind;
  startsOn: string;
  endsOn?: string | null;
  dataSharing?: { purpose: string; retentionDays: number; personalData: boolean } | null;
}

/**
 * The rules a proposal must keep beyond each field's own shape, as violations naming the field
 * (empty when it is fine). `today` is the park's date, YYYY-MM-DD.
 */
export function proposalProblems(terms: ProposedTerms, today: string): FieldViolation[] {
  const problems: FieldViolation[] = [];
  const problem = (field: string, message: string) => problems.push({ field, message });
  if (terms.partnerId === terms.proposerId) {
    problem('partnerId', 'must be another stakeholder than the proposer');
  }
  if (terms.startsOn < today) {
    problem('startsOn', `must not be in the past (today is ${today} in Seoul)`);
  }
  if (terms.endsOn && terms.endsOn < terms.startsOn) {
    problem('endsOn', 'must not be before startsOn');
  } else if (terms.endsOn && terms.endsOn < today) {
    problem('endsOn', `must not be in the past (today is ${today} in Seoul)`);
  }
  const sharing = terms.dataSharing;
  if (terms.kind === PartnershipKind.DATA && !sharing) {
    problem('dataSharing', 'is required for a DATA partnership');
  }
  if (terms.kind !== PartnershipKind.DATA && sharing) {
    problem('dataSharing', 'is only for DATA partnerships');
  }
  if (sharing?.personalData && !sharing.purpose) {
    problem('dataSharing.purpose', 'must say why personal data is shared');
  }
  if (sharing?.personalData && sharing.retentionDays > MAX_PERSONAL_DATA_RETENTION_DAYS) {
    problem(
      'dataSharing.retentionDays',
      `must be at most ${MAX_PERSONAL_DATA_RETENTION_DAYS} days (five years) for personal data`,
    );
  }
  return problems;
}
