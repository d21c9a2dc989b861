import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { TextField } from '../../../components/TextField';
import { seoulInstant } from '../../spaces/seoul-week';
import type { Room } from './calendar-data';

// The room and Seoul time that booking at the desk and hosting an event both start from.

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
export const slotShape = {
  spaceId: z.string().min(1, 'staffSpaces.desk.roomRequired'),
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'staffSpaces.desk.dayRequired'),
  startsAt: z.string().regex(CLOCK, 'staffSpaces.form.clock'),
  endsAt: z.string().regex(CLOCK, 'staffSpaces.form.clock'),
};
export function endAfterStart(v: { startsAt: string; endsAt: string }): boolean {
  return !CLOCK.test(v.startsAt) || !CLOCK.test(v.endsAt) || v.endsAt > v.startsAt;
}
export const END_AFTER_START = { path: ['endsAt'], message: 'staffSpaces.form.closesAfter' };

export interface SlotValues {
  spaceId: string;
  day: string;
  startsAt: string;
  endsAt: string;
}

/** The slot as the API's instants. */
export function instantsOf(values: SlotValues) {
  return {
    spaceId: values.spaceId,
    startsAt: seoulInstant(values.day, values.startsAt).toISOString(),
    endsAt: seoulInstant(values.day, values.endsAt).toISOString(),
  };
}

export function SlotFields<T extends SlotValues>({
  rooms,
  register,
  errors,
}: {
  rooms: Room[];
  register: UseFormRegister<T>;
  errors: FieldErrors<SlotValues>;
}) {
  const { t } = useTranslation();
  const reg = register as unknown as UseFormRegister<SlotValues>;
  const message = (key?: string) => (key ? t(key, { defaultValue: key }) : undefined);
  return (
    <>
      <div className="field">
        <label htmlFor="slot-room">{t('staffSpaces.desk.room')}</label>
        <select
          id="slot-room"
          {...reg('spaceId')}
          aria-invalid={errors.spaceId ? true : undefined}
          aria-describedby={errors.spaceId ? 'slot-room-error' : undefined}
        >
          {rooms.map((room) => (
            <option key={room.id} value={room.id}>
              {room.name}
            </option>
          ))}
        </select>
        {errors.spaceId ? (
          <p id="slot-room-error" className="field-error" role="alert">
            {message(errors.spaceId.message)}
          </p>
        ) : null}
      </div>
      <TextField
        label={t('staffSpaces.desk.day')}
        type="date"
        {...reg('day')}
        error={message(errors.day?.message)}
      />
      <TextField
        label={t('staffSpaces.desk.startsAt')}
        {...reg('startsAt')}
        placeholder="10:00"
        error={message(errors.startsAt?.message)}
      />
      <TextField
        label={t('staffSpaces.desk.endsAt')}
        {...reg('endsAt')}
        placeholder="11:00"
        error={message(errors.endsAt?.message)}
      />
    </>
  );
}
