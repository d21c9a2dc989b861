import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../../app/session';
import { ProblemNotice } from '../../components/ProblemNotice';
import { graphql } from '../../graphql/generated';
import { useSubmitProblem } from '../../lib/use-problem';
import {
  inputOf,
  STAKEHOLDER_FIELDS,
  stakeholderSchema,
  takenName,
  type StakeholderValues,
} from './stakeholder-form';
import { StakeholderFields } from './StakeholderFields';
import './directory.css';

// Selects what the profile shows, so landing on it costs no request.
const CREATE = graphql(`
  mutation CreateStakeholder($input: CreateStakeholderInput!) {
    createStakeholder(input: $input) {
      id
      ...StakeholderProfile
    }
  }
`);

/** `/stakeholders/new`: a new profile, its creator its owner; lands on the profile. */
export default function NewStakeholder() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!user) {
    return (
      <section className="narrow" aria-labelledby="new-stakeholder-title">
        <h1 id="new-stakeholder-title">{t('directory.create.title')}</h1>
        <p>{t('directory.create.signInFirst')}</p>
        <Link to="/sign-in?next=/stakeholders/new">{t('action.signIn')}</Link>
      </section>
    );
  }
  return <CreateForm />;
}

function CreateForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [create] = useMutation(CREATE);
  const { register, handleSubmit, setError, formState } = useForm<StakeholderValues>({
    resolver: zodResolver(stakeholderSchema),
    defaultValues: {
      name: '',
      kind: 'SOCIAL_ENTERPRISE',
      policyAreas: [],
      description: '',
      website: '',
      contactEmail: '',
      tags: '',
    },
  });
  const { problem, run } = useSubmitProblem(setError, STAKEHOLDER_FIELDS);

  const onSubmit = handleSubmit(async (values) => {
    let id: string | undefined;
    const done = await run(async () => {
      try {
        const { data } = await create({ variables: { input: inputOf(values) } });
        id = data?.createStakeholder.id;
      } catch (error) {
        const taken = takenName(error);
        if (!taken) throw error;
        setError('name', { type: 'server', message: taken });
      }
    });
    if (done && id) navigate(`/stakeholders/${id}`);
  });

  return (
    <section className="form-page" aria-labelledby="new-stakeholder-title">
      <h1 id="new-stakeholder-title">{t('directory.create.title')}</h1>
      <form onSubmit={onSubmit} noValidate>
        <ProblemNotice problem={problem} />
        <StakeholderFields register={register} errors={formState.errors} />
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {t('directory.create.submit')}
        </button>
      </form>
    </section>
  );
}
