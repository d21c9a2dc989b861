-- A booking confirmed when it is made (no approval needed) tells its booker so, with the
-- booking as a calendar invitation.
ALTER TYPE "NotificationKind" ADD VALUE 'BOOKING_CONFIRMED' AFTER 'BOOKING_TO_APPROVE';
