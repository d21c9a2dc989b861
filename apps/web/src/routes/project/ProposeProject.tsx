import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { useSession } from '../../app/session';
import { Field } from '../../components/Field';
import { ProblemNotice } from '../../components/ProblemNotice';
import { HubChoice, ProposalWording } from '../../components/ProposalFields';
import { QueryState } from '../../components/QueryState';
import { TextField } from '../../components/TextField';
import { graphql } from '../../graphql/generated';
import type { PolicyArea } from '../../graphql/generated/graphql';
import { useSubmitProblem } from '../../lib/use-problem';
import { PolicyAreaChoice } from './PolicyAreaChoice';
import './project.css';

const MY_LEADS = graphql(`
  query ProposeProjectChoices {
    me {
      id
      stakeholders {
        id
        stakeholder {
          id
          name
          availableActions
          memberships(first: 20) {
            edges {
              node {
                id
                status
                hub {
                  id
                  name
                  nameKo
                }
              }
            }
          }
        }
      }
    }
  }
`);

const PROPOSE_PROJECT = graphql(`
  mutation ProposeProject($input: ProposeProjectInput!) {
    proposeProject(input: $input) {
      id
      title
      status
    }
  }
`);

const schema = z.object({
  leadStakeholderId: z.string().min(1, 'lead'),
  hubId: z.string().min(1, 'hub'),
  title: z.string().trim().min(3, 'title').max(160, 'title'),
  summary: z.string().trim().min(10, 'summary').max(4000, 'summary'),
  requestedBudget: z
    .string()
    .trim()
    .regex(/^[1-9]\d{0,14}$/, 'budget'),
  policyAreas: z.array(z.string()).or(z.literal(false)).optional(),
});
type Values = z.infer<typeof schema>;
const FIELDS = ['leadStakeholderId', 'hubId', 'title', 'summary', 'requestedBudget'] as const;

/** `/projects/new`: a member stakeholder of yours proposes a project to a hub it belongs to. */
export default function ProposeProject() {
  const { t } = useTranslation();
  const { user } = useSession();
  const { data, loading, error } = useQuery(MY_LEADS, { skip: !user });
  if (!user)
    return (
      <section className="narrow">
        <h1>{t('project.propose.title')}</h1>
        <p>{t('project.propose.signIn')}</p>
      </section>
    );
  const leads =
    data?.me?.stakeholders
      ?.map((seat) => seat.stakeholder)
      .filter((stakeholder) => stakeholder.availableActions.includes('PROPOSE_PROJECT'))
      .map((stakeholder) => ({
        id: stakeholder.id,
        name: stakeholder.name,
        hubs: stakeholder.memberships.edges
          .map((edge) => edge.node)
          .filter((membership) => membership.status === 'APPROVED')
          .map((membership) => membership.hub),
      })) ?? [];
  return (
    <QueryState loading={loading} error={error}>
      {() => <ProposeProjectForm leads={leads} />}
    </QueryState>
  );
}

type Lead = { id: string; name: string; hubs: { id: string; name: string; nameKo: string }[] };

function ProposeProjectForm({ leads }: { leads: Lead[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [propose] = useMutation(PROPOSE_PROJECT);
  const { register, handleSubmit, setError, formState, control, setValue } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      leadStakeholderId: leads[0]?.id ?? '',
      hubId: leads[0]?.hubs[0]?.id ?? '',
      policyAreas: [],
    },
  });
  const { problem, run } = useSubmitProblem(setError, FIELDS);
  const leadId = useWatch({ control, name: 'leadStakeholderId' });
  const hubsOf = (id: string) => leads.find((lead) => lead.id === id)?.hubs ?? [];
  const hubs = hubsOf(leadId);
  const errors = formState.errors;
  const say = (error?: { type?: string; message?: string }) =>
    error && (error.type === 'server' ? error.message : t(`project.errors.${error.message}`));

  if (leads.length === 0)
    return (
      <section className="narrow">
        <h1>{t('project.propose.title')}</h1>
        <p>{t('project.propose.noStakeholder')}</p>
      </section>
    );

  const onSubmit = handleSubmit(async (values) => {
    let id = '';
    const done = await run(async () => {
      const result = await propose({
        variables: {
          input: {
            leadStakeholderId: values.leadStakeholderId,
            hubId: values.hubId,
            title: values.title,
            summary: values.summary,
            requestedBudget: Number(values.requestedBudget),
            policyAreas: (values.policyAreas || []) as PolicyArea[],
          },
        },
      });
      id = result.data?.proposeProject.id ?? '';
    });
    if (done && id) navigate(`/projects/${id}`);
  });

  return (
    <section className="form-page" aria-labelledby="propose-project-title">
      <h1 id="propose-project-title">{t('project.propose.title')}</h1>
      <form onSubmit={onSubmit} noValidate>
        <ProblemNotice problem={problem} />
        <Field label={t('project.propose.lead')} error={say(errors.leadStakeholderId)}>
          {(control) => (
            <select
              {...control}
              {...register('leadStakeholderId', {
                // Another lead may be a member of other hubs: offer its first.
                onChange: (event: { target: { value: string } }) =>
                  setValue('hubId', hubsOf(event.target.value)[0]?.id ?? ''),
              })}
            >
              {leads.map((lead) => (
                <option key={lead.id} value={lead.id}>
                  {lead.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <HubChoice
          label={t('project.propose.hub')}
          hubs={hubs}
          error={say(errors.hubId)}
          {...register('hubId')}
        />
        <ProposalWording
          area="project"
          title={register('title')}
          summary={register('summary')}
          errors={{ title: say(errors.title), summary: say(errors.summary) }}
        />
        <TextField
          label={t('project.propose.budget')}
          inputMode="numeric"
          error={say(errors.requestedBudget)}
          {...register('requestedBudget')}
        />
        <PolicyAreaChoice
          legend={t('project.propose.policyAreas')}
          register={register('policyAreas')}
        />
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {t('project.propose.submit')}
        </button>
      </form>
    </section>
  );
}
