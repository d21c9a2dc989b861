import { BookingStatus } from '@park/platform/database';
import { Workflow } from '@park/platform/workflow';

export type BookingAction = 'approve' | 'reject' | 'cancel' | 'checkIn' | 'markNoShow';

/** BOOKER: who made it. HUB_STAFF: staff of the space's hub. SYSTEM: the no-show sweep. */
export type BookingRole = 'BOOKER' | 'HUB_STAFF' | 'PARK_ADMIN' | 'SYSTEM';

const { PENDING, CONFIRMED, CHECKED_IN, REJECTED, CANCELLED, NO_SHOW } = BookingStatus;
const STAFF: BookingRole[] = ['HUB_STAFF', 'PARK_ADMIN'];

/** PENDING → CONFIRMED | REJECTED; live → CANCELLED; CONFIRMED → CHECKED_IN | NO_SHOW. */
export const bookingFlow = new Workflow<BookingStatus, BookingAction, BookingRole>('Booking', [
  { from: [PENDING], action: 'approve', to: CONFIRMED, by: STAFF },
  { from: [PENDING], action: 'reject', to: REJECTED, by: STAFF },
  { from: [PENDING, CONFIRMED], action: 'cancel', to: CANCELLED, by: ['BOOKER', ...STAFF] },
  { from: [CONFIRMED], action: 'checkIn', to: CHECKED_IN, by: ['BOOKER', ...STAFF] },
  { from: [CONFIRMED], action: 'markNoShow', to: NO_SHOW, by: ['SYSTEM'] },
]);
