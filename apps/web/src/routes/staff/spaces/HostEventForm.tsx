import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@apollo/client/react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ProblemNotice } from '../../../components/ProblemNotice';
import { TextField } from '../../../components/TextField';
import { useSubmitProblem } from '../../../lib/use-problem';
import { HOST_EVENT, type Room } from './calendar-data';
import { END_AFTER_START, endAfterStart, instantsOf, SlotFields, slotShape } from './slot-fields';

const schema = z
  .object({
    ...slotShape,
    title: z.string().trim().min(2, 'staffSpaces.event.titleLength').max(160),
    description: z.string().max(4000),
    capacity: z.coerce.number<string>().int().min(1, 'staffSpaces.form.capacityMin'),
  })
  .refine(endAfterStart, END_AFTER_START);
type Input = z.input<typeof schema>;
type Values = z.output<typeof schema>;
const FIELDS = ['spaceId', 'startsAt', 'endsAt', 'title', 'description', 'capacity'] as const;

/** Hosts an event in one of the hub's rooms: the room is booked with it, in one step. */
export function HostEventForm({
  hubId,
  rooms,
  day,
  onHosted,
  onCancel,
}: {
  hubId: string;
  rooms: Room[];
  day: string;
  onHosted: (eventId: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [host] = useMutation(HOST_EVENT);
  const { register, handleSubmit, setError, formState } = useForm<Input, unknown, Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      spaceId: rooms[0]?.id ?? '',
      day,
      startsAt: '18:00',
      endsAt: '20:00',
      title: '',
      description: '',
      capacity: String(rooms[0]?.capacity ?? 10),
    },
  });
  const { problem, run } = useSubmitProblem(setError, FIELDS);
  const message = (key?: string) => (key ? t(key, { defaultValue: key }) : undefined);
  const errors = formState.errors;

  const onSubmit = (values: Values) =>
    run(async () => {
      const { data } = await host({
        variables: {
          input: {
            hubId,
            ...instantsOf(values),
            title: values.title,
            description: values.description,
            capacity: values.capacity,
          },
        },
      });
      if (data) onHosted(data.createEvent.id);
    });

  return (
    <form className="staff-form card" onSubmit={handleSubmit(onSubmit)} noValidate>
      <h2>{t('staffSpaces.event.hostTitle')}</h2>
      <p className="hint">{t('staffSpaces.event.hostHint')}</p>
      <ProblemNotice problem={problem} />
      <TextField
        label={t('staffSpaces.event.title')}
        {...register('title')}
        error={message(errors.title?.message)}
      />
      <SlotFields rooms={rooms} register={register} errors={errors} />
      <TextField
        label={t('staffSpaces.event.capacity')}
        type="number"
        min={1}
        {...register('capacity')}
        error={message(errors.capacity?.message)}
      />
      <div className="field">
        <label htmlFor="host-description">{t('staffSpaces.event.description')}</label>
        <textarea id="host-description" {...register('description')} />
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {t('staffSpaces.event.host')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('staffSpaces.form.cancel')}
        </button>
      </div>
    </form>
  );
}
