import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ProblemNotice } from '../../../components/ProblemNotice';
import { TextField } from '../../../components/TextField';
import { graphql } from '../../../graphql/generated';
import type { StaffSpaceFragment } from '../../../graphql/generated/graphql';
import { problemOf, type Problem } from '../../../lib/api-errors';

export const STAFF_SPACE = graphql(`
  fragment StaffSpace on Space {
    id
    name
    kind
    capacity
    amenities
    version
    archivedAt
    openingHours {
      weekday
      opens
      closes
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

export const CREATE_SPACE = graphql(`
  mutation StaffCreateSpace($input: CreateSpaceInput!) {
    createSpace(input: $input) {
      ...StaffSpace
    }
  }
`);

export const UPDATE_SPACE = graphql(`
  mutation StaffUpdateSpace($id: ID!, $input: UpdateSpaceInput!, $version: Int!) {
    updateSpace(id: $id, input: $input, version: $version) {
      ...StaffSpace
    }
  }
`);

export const KINDS = [
  'MEETING_ROOM',
  'COWORKING_DESK',
  'EVENT_HALL',
  'MAKERSPACE',
  'STUDIO',
] as const;
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const minutes = (message: string) => z.coerce.number<string>().int(message).min(0, message);

const schema = z.object({
  name: z
    .string()
    .trim()
    .min(2, 'staffSpaces.form.nameLength')
    .max(120, 'staffSpaces.form.nameLength'),
  kind: z.enum(KINDS),
  capacity: z.coerce
    .number<string>()
    .int('staffSpaces.form.capacityMin')
    .min(1, 'staffSpaces.form.capacityMin'),
  amenities: z.string(),
  hours: z
    .array(
      z.object({ weekday: z.number(), open: z.boolean(), opens: z.string(), closes: z.string() }),
    )
    .superRefine((days, context) => {
      days.forEach((day, index) => {
        if (!day.open) return;
        if (!CLOCK.test(day.opens))
          context.addIssue({
            code: 'custom',
            path: [index, 'opens'],
            message: 'staffSpaces.form.clock',
          });
        if (!CLOCK.test(day.closes))
          context.addIssue({
            code: 'custom',
            path: [index, 'closes'],
            message: 'staffSpaces.form.clock',
          });
        else if (CLOCK.test(day.opens) && day.closes <= day.opens)
          context.addIssue({
            code: 'custom',
            path: [index, 'closes'],
            message: 'staffSpaces.form.closesAfter',
          });
      });
    }),
  requiresApproval: z.boolean(),
  memberOnly: z.boolean(),
  minNoticeMinutes: minutes('staffSpaces.form.wholeNumber'),
  maxDurationMinutes: minutes('staffSpaces.form.wholeNumber'),
  maxAdvanceDays: minutes('staffSpaces.form.wholeNumber'),
  bufferMinutes: minutes('staffSpaces.form.wholeNumber'),
  weeklyQuotaHours: z.string().regex(/^\d*$/, 'staffSpaces.form.wholeNumber'),
});
type Input = z.input<typeof schema>;
type Values = z.output<typeof schema>;

/** The API names the leaf that was wrong; these are the form's places for them. */
const SERVER_FIELDS: Record<string, keyof Input | 'hoursProblem'> = {
  name: 'name',
  kind: 'kind',
  capacity: 'capacity',
  amenities: 'amenities',
  openingHours: 'hoursProblem',
  opens: 'hoursProblem',
  closes: 'hoursProblem',
  weekday: 'hoursProblem',
  minNoticeMinutes: 'minNoticeMinutes',
  maxDurationMinutes: 'maxDurationMinutes',
  maxAdvanceDays: 'maxAdvanceDays',
  bufferMinutes: 'bufferMinutes',
  weeklyQuotaHours: 'weeklyQuotaHours',
};

function defaultsOf(space?: StaffSpaceFragment): Input {
  const hoursOf = (weekday: number) => space?.openingHours.find((h) => h.weekday === weekday);
  return {
    name: space?.name ?? '',
    kind: (space?.kind as Input['kind']) ?? 'MEETING_ROOM',
    capacity: String(space?.capacity ?? 8),
    amenities: (space?.amenities ?? []).join(', '),
    hours: WEEKDAYS.map((weekday) => {
      const hours = hoursOf(weekday);
      return {
        weekday,
        open: space ? Boolean(hours) : weekday <= 5,
        opens: hours?.opens ?? '09:00',
        closes: hours?.closes ?? '18:00',
      };
    }),
    requiresApproval: space?.policy.requiresApproval ?? false,
    memberOnly: space?.policy.memberOnly ?? false,
    minNoticeMinutes: String(space?.policy.minNoticeMinutes ?? 0),
    maxDurationMinutes: String(space?.policy.maxDurationMinutes ?? 240),
    maxAdvanceDays: String(space?.policy.maxAdvanceDays ?? 60),
    bufferMinutes: String(space?.policy.bufferMinutes ?? 0),
    weeklyQuotaHours:
      space?.policy.weeklyQuotaHours == null ? '' : String(space.policy.weeklyQuotaHours),
  };
}

/** Creates a space of `hubId`, or edits `space` at its version (a stale one conflicts). */
export function SpaceForm({
  hubId,
  space,
  onDone,
  onCancel,
}: {
  hubId: string;
  space?: StaffSpaceFragment;
  onDone: (space: StaffSpaceFragment) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { register, control, handleSubmit, setError, formState } = useForm<Input, unknown, Values>({
    resolver: zodResolver(schema),
    defaultValues: defaultsOf(space),
  });
  const { fields } = useFieldArray({ control, name: 'hours' });
  const [problem, setProblem] = useState<Problem | null>(null);
  const [hoursProblem, setHoursProblem] = useState<string | null>(null);
  const [create] = useMutation(CREATE_SPACE, {
    update(cache, { data }) {
      const created = data?.createSpace;
      if (!created) return;
      cache.modify({
        id: cache.identify({ __typename: 'Hub', id: hubId }),
        fields: {
          spaces: (existing, { toReference }) => [
            ...(Array.isArray(existing) ? existing : []),
            toReference({ __typename: 'Space', id: created.id }),
          ],
        },
      });
    },
  });
  const [update] = useMutation(UPDATE_SPACE);
  const error = (message?: string) => (message ? t(message, { defaultValue: message }) : undefined);
  const errors = formState.errors;

  const onSubmit = async (values: Values) => {
    setProblem(null);
    setHoursProblem(null);
    const input = {
      name: values.name,
      kind: values.kind,
      capacity: values.capacity,
      amenities: values.amenities
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean),
      openingHours: values.hours
        .filter((day) => day.open)
        .map(({ weekday, opens, closes }) => ({ weekday, opens, closes })),
      policy: {
        requiresApproval: values.requiresApproval,
        memberOnly: values.memberOnly,
        minNoticeMinutes: values.minNoticeMinutes,
        maxDurationMinutes: values.maxDurationMinutes,
        maxAdvanceDays: values.maxAdvanceDays,
        bufferMinutes: values.bufferMinutes,
        weeklyQuotaHours: values.weeklyQuotaHours === '' ? null : Number(values.weeklyQuotaHours),
      },
    };
    try {
      const saved = space
        ? (await update({ variables: { id: space.id, input, version: space.version } })).data
            ?.updateSpace
        : (await create({ variables: { input: { ...input, hubId } } })).data?.createSpace;
      if (saved) onDone(saved);
    } catch (caught) {
      const found = problemOf(caught);
      if (found.kind !== 'fields') return setProblem(found);
      let placed = false;
      for (const [field, message] of Object.entries(found.fields)) {
        const place = SERVER_FIELDS[field];
        if (place === 'hoursProblem') setHoursProblem(message);
        else if (place) setError(place, { type: 'server', message });
        placed ||= Boolean(place);
      }
      if (!placed) setProblem(found);
    }
  };

  const title = space
    ? t('staffSpaces.form.editTitle', { name: space.name })
    : t('staffSpaces.form.newTitle');
  return (
    <form className="staff-form" onSubmit={handleSubmit(onSubmit)} noValidate aria-label={title}>
      <h2>{title}</h2>
      <ProblemNotice problem={problem} />
      <TextField
        label={t('staffSpaces.form.name')}
        {...register('name')}
        error={error(errors.name?.message)}
      />
      <div className="field">
        <label htmlFor="space-kind">{t('staffSpaces.form.kind')}</label>
        <select id="space-kind" {...register('kind')}>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`spaces.kind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <TextField
        label={t('staffSpaces.form.capacity')}
        type="number"
        min={1}
        {...register('capacity')}
        error={error(errors.capacity?.message)}
      />
      <TextField
        label={t('staffSpaces.form.amenities')}
        hint={t('staffSpaces.form.amenitiesHint')}
        {...register('amenities')}
        error={error(errors.amenities?.message)}
      />
      <fieldset className="hours-fieldset">
        <legend>{t('staffSpaces.form.hours')}</legend>
        <p className="hint">{t('staffSpaces.form.hoursHint')}</p>
        {fields.map((field, index) => (
          <div className="hours-row" key={field.id}>
            <label className="check">
              <input type="checkbox" {...register(`hours.${index}.open`)} />
              {t(`staffSpaces.weekday.${field.weekday}`)}
            </label>
            <TextField
              label={t('staffSpaces.form.opens', {
                day: t(`staffSpaces.weekday.${field.weekday}`),
              })}
              {...register(`hours.${index}.opens`)}
              inputMode="numeric"
              placeholder="09:00"
              error={error(errors.hours?.[index]?.opens?.message)}
            />
            <TextField
              label={t('staffSpaces.form.closes', {
                day: t(`staffSpaces.weekday.${field.weekday}`),
              })}
              {...register(`hours.${index}.closes`)}
              inputMode="numeric"
              placeholder="18:00"
              error={error(errors.hours?.[index]?.closes?.message)}
            />
          </div>
        ))}
        {hoursProblem ? (
          <p className="field-error" role="alert">
            {hoursProblem}
          </p>
        ) : null}
      </fieldset>
      <fieldset>
        <legend>{t('staffSpaces.form.policy')}</legend>
        <label className="check">
          <input type="checkbox" {...register('requiresApproval')} />
          {t('staffSpaces.form.requiresApproval')}
        </label>
        <label className="check">
          <input type="checkbox" {...register('memberOnly')} />
          {t('staffSpaces.form.memberOnly')}
        </label>
        {(
          ['minNoticeMinutes', 'maxDurationMinutes', 'maxAdvanceDays', 'bufferMinutes'] as const
        ).map((name) => (
          <TextField
            key={name}
            label={t(`staffSpaces.form.${name}`)}
            type="number"
            min={0}
            {...register(name)}
            error={error(errors[name]?.message)}
          />
        ))}
        <TextField
          label={t('staffSpaces.form.weeklyQuotaHours')}
          hint={t('staffSpaces.form.weeklyQuotaHint')}
          inputMode="numeric"
          {...register('weeklyQuotaHours')}
          error={error(errors.weeklyQuotaHours?.message)}
        />
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {space ? t('staffSpaces.form.save') : t('staffSpaces.form.create')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('staffSpaces.form.cancel')}
        </button>
      </div>
    </form>
  );
}
