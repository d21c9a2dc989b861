import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { Field } from '../../components/Field';
import { ProblemNotice } from '../../components/ProblemNotice';
import { TextField } from '../../components/TextField';
import { graphql } from '../../graphql/generated';
import type { BookingFormSpaceFragment } from '../../graphql/generated/graphql';
import { problemOf, type Problem } from '../../lib/api-errors';
import { currentLanguage } from '../../i18n/i18n';
import { breachesOf, clashesOf, type BookingField, type Clash } from './booking-rules';
import type { Interval } from './BookingWeek';
import { seoulClockOf, seoulDayOf, seoulInstant } from './seoul-week';
import { period } from './when';

export const BOOKING_FORM_SPACE = graphql(`
  fragment BookingFormSpace on Space {
    id
    capacity
    hub {
      id
      name
      nameKo
    }
    policy {
      requiresApproval
      memberOnly
      minNoticeMinutes
      maxDurationMinutes
      maxAdvanceDays
      bufferMinutes
      weeklyQuotaHours
    }
  }
`);

export const BOOKED_BOOKING = graphql(`
  fragment BookedBooking on Booking {
    id
    status
    startsAt
    endsAt
    purpose
    attendees
    weeklyQuotaLeft
    stakeholder {
      id
      name
    }
    space {
      id
      name
    }
  }
`);

export const BOOK_SPACE = graphql(`
  mutation BookSpace($input: BookSpaceInput!) {
    bookSpace(input: $input) {
      ...BookedBooking
    }
  }
`);

export const BOOK_SERIES = graphql(`
  mutation BookSpaceSeries($input: BookSeriesInput!) {
    bookSpaceSeries(input: $input) {
      id
      booked {
        ...BookedBooking
      }
      skipped {
        startsAt
        endsAt
        code
        reason
      }
    }
  }
`);

export const QUOTA_LEFT = graphql(`
  query WeeklyQuotaLeft($spaceId: ID!, $stakeholderId: ID!, $weekOf: DateTime!) {
    space(id: $spaceId) {
      id
      weeklyQuotaLeft(stakeholderId: $stakeholderId, weekOf: $weekOf)
    }
  }
`);

const CLOCK = /^([01]\d|2[0-4]):[0-5]\d$/;
const schema = z
  .object({
    day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'spaces.form.dayRequired'),
    startsAt: z.string().regex(CLOCK, 'spaces.form.timeRequired'),
    endsAt: z.string().regex(CLOCK, 'spaces.form.timeRequired'),
    purpose: z.string().trim().min(1, 'spaces.form.purposeRequired').max(200),
    attendees: z.coerce.number<string>().int().min(1, 'spaces.form.attendeesMin'),
    stakeholderId: z.string(),
    repeat: z.boolean(),
    weeks: z.coerce
      .number<string>()
      .int()
      .min(2, 'spaces.form.weeksRange')
      .max(26, 'spaces.form.weeksRange'),
  })
  .refine((v) => !CLOCK.test(v.startsAt) || !CLOCK.test(v.endsAt) || v.endsAt > v.startsAt, {
    path: ['endsAt'],
    message: 'spaces.form.endAfterStart',
  });
type Input = z.input<typeof schema>;
type Values = z.output<typeof schema>;

export interface StakeholderChoice {
  id: string;
  name: string;
}

type Done =
  | { kind: 'one'; status: string; startsAt: string; endsAt: string; quotaLeft: number | null }
  | { kind: 'series'; booked: number; skipped: number };

export function BookingForm({
  space,
  stakeholders,
  slot,
  onBooked,
}: {
  space: BookingFormSpaceFragment;
  stakeholders: StakeholderChoice[];
  slot: Interval | null;
  onBooked?: () => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { register, handleSubmit, setError, setValue, subscribe, control, formState } = useForm<
    Input,
    unknown,
    Values
  >({
    resolver: zodResolver(schema),
    defaultValues: {
      day: slot ? seoulDayOf(slot.startsAt) : '',
      startsAt: slot ? seoulClockOf(slot.startsAt) : '',
      endsAt: slot ? seoulClockOf(slot.endsAt) : '',
      purpose: '',
      attendees: '1',
      stakeholderId: '',
      repeat: false,
      weeks: '4',
    },
  });
  const [problem, setProblem] = useState<Problem | null>(null);
  const [clashes, setClashes] = useState<Clash[] | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [bookSpace] = useMutation(BOOK_SPACE);
  const [bookSeries] = useMutation(BOOK_SERIES);

  useEffect(() => {
    if (!slot) return;
    setValue('day', seoulDayOf(slot.startsAt));
    setValue('startsAt', seoulClockOf(slot.startsAt));
    setValue('endsAt', seoulClockOf(slot.endsAt));
  }, [slot, setValue]);

  // A preview answers the form as it was: any change asks again.
  useEffect(
    () => subscribe({ formState: { values: true }, callback: () => setClashes(null) }),
    [subscribe],
  );

  const [stakeholderId, day, repeat, weeks] = useWatch({
    control,
    name: ['stakeholderId', 'day', 'repeat', 'weeks'],
  });
  const quota = useQuery(QUOTA_LEFT, {
    skip: !stakeholderId || !/^\d{4}-\d{2}-\d{2}$/.test(day),
    variables: {
      spaceId: space.id,
      stakeholderId,
      weekOf: /^\d{4}-\d{2}-\d{2}$/.test(day) ? seoulInstant(day).toISOString() : '',
    },
  });
  const quotaLeft = quota.data?.space?.weeklyQuotaLeft;

  const ruleText = (rule: string | null, fallback: string) => {
    if (!rule) return fallback;
    const { policy } = space;
    return t(`spaces.rule.${rule}`, {
      defaultValue: fallback,
      minutes: rule === 'MIN_NOTICE' ? policy.minNoticeMinutes : policy.maxDurationMinutes,
      days: policy.maxAdvanceDays,
      capacity: space.capacity,
      hours: policy.weeklyQuotaHours ?? 0,
    });
  };

  const refused = (error: unknown) => {
    const breaches = breachesOf(error);
    if (breaches.length) {
      const placed = new Set<BookingField>();
      for (const breach of breaches) {
        if (placed.has(breach.field)) continue;
        placed.add(breach.field);
        setError(breach.field, { type: 'server', message: ruleText(breach.rule, breach.message) });
      }
      return;
    }
    setProblem(problemOf(error));
  };

  const onSubmit = handleSubmit(async (values) => {
    setProblem(null);
    setDone(null);
    const input = {
      spaceId: space.id,
      startsAt: seoulInstant(values.day, values.startsAt).toISOString(),
      endsAt: seoulInstant(values.day, values.endsAt).toISOString(),
      purpose: values.purpose,
      attendees: values.attendees,
      stakeholderId: values.stakeholderId || null,
    };
    try {
      if (!values.repeat) {
        const { data } = await bookSpace({ variables: { input } });
        if (data) {
          const b = data.bookSpace;
          setDone({
            kind: 'one',
            status: b.status,
            startsAt: b.startsAt,
            endsAt: b.endsAt,
            quotaLeft: b.weeklyQuotaLeft ?? null,
          });
        }
      } else {
        // All-or-nothing first: it books nothing when a week clashes and lists those weeks,
        // which is the preview; confirming books the others with SKIP_CONFLICTS.
        const mode = clashes ? 'SKIP_CONFLICTS' : 'ALL_OR_NOTHING';
        const { data } = await bookSeries({
          variables: { input: { ...input, occurrences: values.weeks, mode } },
        });
        if (data) {
          setClashes(null);
          setDone({
            kind: 'series',
            booked: data.bookSpaceSeries.booked.length,
            skipped: data.bookSpaceSeries.skipped.length,
          });
        }
      }
      // Free time and quota change with a booking: the week (its availability) and the quota
      // are asked again; nothing in the answer can patch a list of free intervals.
      if (values.stakeholderId) void quota.refetch();
      onBooked?.();
    } catch (error) {
      const listed = values.repeat ? clashesOf(error) : null;
      if (listed) setClashes(listed);
      else refused(error);
    }
  });

  const fieldError = (name: BookingField | 'weeks') => {
    const error = formState.errors[name];
    if (!error?.message) return undefined;
    return error.type === 'server' ? error.message : t(error.message);
  };
  const weeksCount = Number(weeks) || 0;
  const bookable = clashes ? weeksCount - clashes.length : weeksCount;

  return (
    <form
      className="booking-form"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="booking-form-title"
    >
      <h2 id="booking-form-title">{t('spaces.form.title')}</h2>
      {!slot ? <p className="hint">{t('spaces.form.pickHint')}</p> : null}
      <ProblemNotice problem={problem} onReload={onBooked} />
      {done ? <BookedNotice done={done} /> : null}
      <div className="field-row">
        <TextField
          label={t('spaces.form.day')}
          type="date"
          error={fieldError('day')}
          {...register('day')}
        />
        <TextField
          label={t('spaces.form.startsAt')}
          type="time"
          step={1800}
          error={fieldError('startsAt')}
          {...register('startsAt')}
        />
        <TextField
          label={t('spaces.form.endsAt')}
          type="time"
          step={1800}
          error={fieldError('endsAt')}
          {...register('endsAt')}
        />
      </div>
      <TextField
        label={t('spaces.form.purpose')}
        error={fieldError('purpose')}
        autoComplete="off"
        {...register('purpose')}
      />
      <TextField
        label={t('spaces.form.attendees')}
        type="number"
        min={1}
        max={space.capacity}
        hint={t('spaces.form.capacityHint', { capacity: space.capacity })}
        error={fieldError('attendees')}
        {...register('attendees')}
      />
      <StakeholderSelect
        stakeholders={stakeholders}
        error={fieldError('stakeholderId')}
        hint={
          stakeholderId && quotaLeft !== undefined
            ? quotaLeft === null
              ? t('spaces.form.noQuota')
              : t('spaces.form.quotaLeft', { hours: quotaLeft })
            : space.policy.memberOnly
              ? t('spaces.form.memberOnlyHint', {
                  hub: language === 'ko' ? space.hub.nameKo : space.hub.name,
                })
              : undefined
        }
        {...register('stakeholderId')}
      />
      <div className="field field-check">
        <label>
          <input type="checkbox" {...register('repeat')} /> {t('spaces.form.repeat')}
        </label>
      </div>
      {repeat ? (
        <TextField
          label={t('spaces.form.weeks')}
          type="number"
          min={2}
          max={26}
          error={fieldError('weeks')}
          {...register('weeks')}
        />
      ) : null}
      {clashes ? <ClashList clashes={clashes} ruleText={ruleText} /> : null}
      <button
        type="submit"
        className="primary"
        disabled={formState.isSubmitting || (clashes !== null && bookable <= 0)}
      >
        {!repeat
          ? t('spaces.form.book')
          : clashes
            ? t('spaces.form.bookOthers', { n: bookable })
            : t('spaces.form.bookSeries', { n: weeksCount })}
      </button>
      {space.policy.requiresApproval ? (
        <p className="hint">{t('spaces.form.needsApproval')}</p>
      ) : null}
    </form>
  );

  function BookedNotice({ done }: { done: Done }) {
    return (
      <div className="notice notice-done" role="status">
        <p>
          {done.kind === 'one'
            ? t(`spaces.form.booked.${done.status === 'PENDING' ? 'pending' : 'confirmed'}`, {
                when: period(done.startsAt, done.endsAt, language),
              })
            : t('spaces.form.bookedSeries', { n: done.booked, skipped: done.skipped })}
          {done.kind === 'one' && done.quotaLeft !== null
            ? ` ${t('spaces.form.quotaLeft', { hours: done.quotaLeft })}`
            : null}
        </p>
        <Link to="/me/bookings">{t('spaces.form.seeMyBookings')}</Link>
      </div>
    );
  }
}

function ClashList({
  clashes,
  ruleText,
}: {
  clashes: Clash[];
  ruleText: (rule: string | null, fallback: string) => string;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <div className="notice notice-warn" role="alert">
      <p>{t('spaces.form.clashTitle', { n: clashes.length })}</p>
      <ul>
        {clashes.map((clash) => (
          <li key={clash.startsAt}>
            {period(clash.startsAt, clash.endsAt, language)}:{' '}
            {clash.code === 'CONFLICT'
              ? t('spaces.form.clashTaken')
              : ruleText(clash.rule, clash.code)}
          </li>
        ))}
      </ul>
    </div>
  );
}

function StakeholderSelect({
  stakeholders,
  error,
  hint,
  ref,
  ...select
}: {
  stakeholders: StakeholderChoice[];
  error?: string;
  hint?: string;
  ref?: React.Ref<HTMLSelectElement>;
} & React.SelectHTMLAttributes<HTMLSelectElement>) {
  const { t } = useTranslation();
  return (
    <Field label={t('spaces.form.bookFor')} error={error} hint={hint}>
      {(control) => (
        <select {...control} ref={ref} {...select}>
          <option value="">{t('spaces.form.myself')}</option>
          {stakeholders.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
