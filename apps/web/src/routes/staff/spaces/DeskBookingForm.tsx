import { zodResolver } from '@hookform/resolvers/zod';
import { useLazyQuery, useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ProblemNotice } from '../../../components/ProblemNotice';
import { TextField } from '../../../components/TextField';
import { useSubmitProblem } from '../../../lib/use-problem';
import { DESK_BOOK, FIND_STAKEHOLDERS, type Room } from './calendar-data';
import { END_AFTER_START, endAfterStart, instantsOf, SlotFields, slotShape } from './slot-fields';

const schema = z
  .object({
    ...slotShape,
    purpose: z.string().trim().min(1, 'staffSpaces.desk.purposeRequired').max(500),
    attendees: z.coerce.number<string>().int().min(1, 'staffSpaces.form.capacityMin'),
    stakeholderId: z.string(),
  })
  .refine(endAfterStart, END_AFTER_START);
type Input = z.input<typeof schema>;
type Values = z.output<typeof schema>;
const FIELDS = ['spaceId', 'startsAt', 'endsAt', 'purpose', 'attendees', 'stakeholderId'] as const;

/** Staff book a room for a stakeholder found with the directory's search. */
export function DeskBookingForm({
  rooms,
  day,
  onBooked,
  onCancel,
}: {
  rooms: Room[];
  day: string;
  onBooked: (bookingId: string, status: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const searchId = useId();
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<{ id: string; name: string } | null>(null);
  const [find, found] = useLazyQuery(FIND_STAKEHOLDERS);
  const [book] = useMutation(DESK_BOOK);
  const { register, handleSubmit, setError, setValue, formState } = useForm<Input, unknown, Values>(
    {
      resolver: zodResolver(schema),
      defaultValues: {
        spaceId: rooms[0]?.id ?? '',
        day,
        startsAt: '10:00',
        endsAt: '11:00',
        purpose: '',
        attendees: '1',
        stakeholderId: '',
      },
    },
  );
  const { problem, run } = useSubmitProblem(setError, FIELDS);
  const message = (key?: string) => (key ? t(key, { defaultValue: key }) : undefined);
  const errors = formState.errors;

  const onSubmit = (values: Values) =>
    run(async () => {
      const { data } = await book({
        variables: {
          input: {
            ...instantsOf(values),
            purpose: values.purpose,
            attendees: values.attendees,
            stakeholderId: values.stakeholderId || undefined,
          },
        },
      });
      if (data) onBooked(data.bookSpace.id, data.bookSpace.status);
    });

  return (
    <form className="staff-form card" onSubmit={handleSubmit(onSubmit)} noValidate>
      <h2>{t('staffSpaces.desk.title')}</h2>
      <ProblemNotice problem={problem} />
      <SlotFields rooms={rooms} register={register} errors={errors} />
      <TextField
        label={t('staffSpaces.desk.purpose')}
        {...register('purpose')}
        error={message(errors.purpose?.message)}
      />
      <TextField
        label={t('staffSpaces.desk.attendees')}
        type="number"
        min={1}
        {...register('attendees')}
        error={message(errors.attendees?.message)}
      />
      <div className="field">
        <label htmlFor={searchId}>{t('staffSpaces.desk.findStakeholder')}</label>
        <input
          id={searchId}
          type="search"
          value={search}
          onChange={(event) => {
            const value = event.target.value;
            setSearch(value);
            if (value.trim().length >= 2) void find({ variables: { search: value.trim() } });
          }}
        />
        {chosen ? (
          <p className="hint" role="status">
            {t('staffSpaces.desk.bookingFor', { name: chosen.name })}{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setChosen(null);
                setValue('stakeholderId', '');
              }}
            >
              {t('staffSpaces.desk.clearStakeholder')}
            </button>
          </p>
        ) : null}
        {search.trim().length >= 2 && found.data ? (
          <ul className="stakeholder-choices" aria-label={t('staffSpaces.desk.matches')}>
            {found.data.stakeholders.edges.map(({ node }) => (
              <li key={node.id}>
                <button
                  type="button"
                  aria-pressed={chosen?.id === node.id}
                  onClick={() => {
                    setChosen(node);
                    setValue('stakeholderId', node.id);
                  }}
                >
                  {node.name}
                </button>
              </li>
            ))}
            {found.data.stakeholders.edges.length ? null : <li>{t('staffSpaces.desk.noMatch')}</li>}
          </ul>
        ) : null}
        {errors.stakeholderId ? (
          <p className="field-error" role="alert">
            {message(errors.stakeholderId.message)}
          </p>
        ) : null}
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {t('staffSpaces.desk.book')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('staffSpaces.form.cancel')}
        </button>
      </div>
    </form>
  );
}
