import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { useSession } from '../../app/session';
import { ProblemNotice } from '../../components/ProblemNotice';
import { HubChoice, ProposalWording } from '../../components/ProposalFields';
import { QueryState } from '../../components/QueryState';
import { TextField } from '../../components/TextField';
import { graphql } from '../../graphql/generated';
import type { PartnershipKind, PolicyArea } from '../../graphql/generated/graphql';
import { useSubmitProblem } from '../../lib/use-problem';
import { PolicyAreaChoice } from '../project/PolicyAreaChoice';
import { DataSharingFields } from './DataSharingFields';
import { PartnerPicker } from './PartnerPicker';
import { parkToday } from './park-day';
import './partnership.css';

const CHOICES = graphql(`
  query ProposePartnershipChoices {
    hubs {
      id
      name
      nameKo
    }
    me {
      id
      stakeholders {
        id
        stakeholder {
          id
          name
          availableActions
        }
      }
    }
  }
`);

const PROPOSE = graphql(`
  mutation ProposePartnership($input: ProposePartnershipInput!) {
    proposePartnership(input: $input) {
      id
      title
      status
    }
  }
`);

const KINDS: PartnershipKind[] = ['PROGRAMME', 'DATA', 'FUNDING', 'SPACE_SHARING', 'RESEARCH'];

const schema = z
  .object({
    proposerId: z.string().min(1, 'proposer'),
    partnerId: z.string().min(1, 'partner'),
    partnerName: z.string(),
    hubId: z.string().min(1, 'hub'),
    kind: z.enum(KINDS),
    title: z.string().trim().min(3, 'title').max(160, 'title'),
    summary: z.string().trim().min(10, 'summary').max(4000, 'summary'),
    startsOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'startsOn'),
    endsOn: z.string(),
    policyAreas: z.array(z.string()).or(z.literal(false)).optional(),
    datasets: z.string(),
    personalData: z.boolean(),
    purpose: z.string(),
    retentionDays: z.string(),
  })
  .superRefine((values, context) => {
    if (values.endsOn && values.endsOn < values.startsOn)
      context.addIssue({ code: 'custom', path: ['endsOn'], message: 'endsOn' });
    if (values.kind !== 'DATA') return;
    if (datasetsOf(values.datasets).length === 0)
      context.addIssue({ code: 'custom', path: ['datasets'], message: 'datasets' });
    if (values.personalData && !values.purpose.trim())
      context.addIssue({ code: 'custom', path: ['purpose'], message: 'purpose' });
    const days = Number(values.retentionDays);
    if (
      !/^\d+$/.test(values.retentionDays.trim()) ||
      days < 1 ||
      days > (values.personalData ? 1825 : 36500)
    )
      context.addIssue({ code: 'custom', path: ['retentionDays'], message: 'retentionDays' });
  });
export type ProposalValues = z.infer<typeof schema>;
const FIELDS = [
  'proposerId',
  'partnerId',
  'hubId',
  'kind',
  'title',
  'summary',
  'startsOn',
  'endsOn',
  'datasets',
  'purpose',
  'retentionDays',
] as const;

const datasetsOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** `/partnerships/new`: one of your stakeholders proposes a partnership to another. */
export default function ProposePartnership() {
  const { t } = useTranslation();
  const { user } = useSession();
  const { data, loading, error } = useQuery(CHOICES, { skip: !user });
  if (!user)
    return (
      <section className="narrow">
        <h1>{t('partnership.propose.title')}</h1>
        <p>{t('partnership.propose.signIn')}</p>
      </section>
    );
  const proposers =
    data?.me?.stakeholders
      ?.map((seat) => seat.stakeholder)
      .filter((stakeholder) => stakeholder.availableActions.includes('PROPOSE_PARTNERSHIP')) ?? [];
  return (
    <QueryState loading={loading} error={error}>
      {() => <ProposalForm proposers={proposers} hubs={data?.hubs ?? []} />}
    </QueryState>
  );
}

function ProposalForm({
  proposers,
  hubs,
}: {
  proposers: { id: string; name: string }[];
  hubs: { id: string; name: string; nameKo: string }[];
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [propose] = useMutation(PROPOSE);
  const form = useForm<ProposalValues>({
    resolver: zodResolver(schema),
    defaultValues: {
      proposerId: params.get('from') ?? proposers[0]?.id ?? '',
      partnerId: '',
      partnerName: '',
      hubId: hubs[0]?.id ?? '',
      kind: 'PROGRAMME',
      title: '',
      summary: '',
      startsOn: parkToday(),
      endsOn: '',
      policyAreas: [],
      datasets: '',
      personalData: false,
      purpose: '',
      retentionDays: '365',
    },
  });
  const { register, handleSubmit, setError, formState, control, setValue, clearErrors } = form;
  const { problem, run } = useSubmitProblem(setError, FIELDS);
  const errors = formState.errors;
  const say = (error?: { type?: string; message?: string }) =>
    error && (error.type === 'server' ? error.message : t(`partnership.errors.${error.message}`));
  const [kind, proposerId, partnerId, partnerName] = useWatch({
    control,
    name: ['kind', 'proposerId', 'partnerId', 'partnerName'],
  });

  if (proposers.length === 0)
    return (
      <section className="narrow">
        <h1>{t('partnership.propose.title')}</h1>
        <p>{t('partnership.propose.noStakeholder')}</p>
      </section>
    );

  const onSubmit = handleSubmit(async (values) => {
    let id = '';
    const done = await run(async () => {
      const result = await propose({
        variables: {
          input: {
            proposerId: values.proposerId,
            partnerId: values.partnerId,
            hubId: values.hubId,
            kind: values.kind,
            title: values.title,
            summary: values.summary,
            startsOn: values.startsOn,
            endsOn: values.endsOn || null,
            policyAreas: (values.policyAreas || []) as PolicyArea[],
            dataSharing:
              values.kind === 'DATA'
                ? {
                    datasets: datasetsOf(values.datasets),
                    personalData: values.personalData,
                    purpose: values.purpose.trim(),
                    retentionDays: Number(values.retentionDays),
                  }
                : null,
          },
        },
      });
      id = result.data?.proposePartnership.id ?? '';
    });
    if (done && id) navigate(`/partnerships/${id}`);
  });

  return (
    <section className="form-page" aria-labelledby="propose-partnership-title">
      <h1 id="propose-partnership-title">{t('partnership.propose.title')}</h1>
      <form onSubmit={onSubmit} noValidate>
        <ProblemNotice problem={problem} />
        <div className="field">
          <label htmlFor="partnership-proposer">{t('partnership.propose.proposer')}</label>
          <select id="partnership-proposer" {...register('proposerId')}>
            {proposers.map((stakeholder) => (
              <option key={stakeholder.id} value={stakeholder.id}>
                {stakeholder.name}
              </option>
            ))}
          </select>
        </div>
        <PartnerPicker
          value={partnerId ? { id: partnerId, name: partnerName } : null}
          excludeId={proposerId}
          error={say(errors.partnerId)}
          onChange={(partner) => {
            setValue('partnerId', partner.id);
            setValue('partnerName', partner.name);
            clearErrors('partnerId');
          }}
        />
        <div className="field">
          <label htmlFor="partnership-kind">{t('partnership.propose.kind')}</label>
          <select id="partnership-kind" {...register('kind')}>
            {KINDS.map((option) => (
              <option key={option} value={option}>
                {t(`partnership.kind.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <HubChoice
          label={t('partnership.propose.hub')}
          hubs={hubs}
          error={say(errors.hubId)}
          {...register('hubId')}
        />
        <ProposalWording
          area="partnership"
          title={register('title')}
          summary={register('summary')}
          errors={{ title: say(errors.title), summary: say(errors.summary) }}
        />
        <div className="row">
          <TextField
            label={t('partnership.propose.startsOn')}
            type="date"
            min={parkToday()}
            error={say(errors.startsOn)}
            {...register('startsOn')}
          />
          <TextField
            label={t('partnership.propose.endsOn')}
            type="date"
            min={parkToday()}
            error={say(errors.endsOn)}
            {...register('endsOn')}
          />
        </div>
        {kind === 'DATA' ? <DataSharingFields form={form} say={say} /> : null}
        <PolicyAreaChoice
          legend={t('project.propose.policyAreas')}
          register={register('policyAreas')}
        />
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {t('partnership.propose.submit')}
        </button>
      </form>
    </section>
  );
}
