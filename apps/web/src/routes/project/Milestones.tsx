import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ProblemNotice } from '../../components/ProblemNotice';
import { TextField } from '../../components/TextField';
import type { ProjectDetailFragment } from '../../graphql/generated/graphql';
import { currentLanguage } from '../../i18n/i18n';
import { problemOf, type Problem } from '../../lib/api-errors';
import { formatDateTime, formatDay } from '../../lib/park-time';
import { useSubmitProblem } from '../../lib/use-problem';
import { ADD_MILESTONE, COMPLETE_MILESTONE } from './project-documents';

const schema = z.object({
  title: z.string().trim().min(1, 'milestone').max(160, 'milestone'),
  dueOn: z.string(),
});
type Values = z.infer<typeof schema>;
const FIELDS = ['title', 'dueOn'] as const;

/** The project's milestones; workers add them and mark them done (availableActions). */
export function Milestones({
  project,
  onReload,
}: {
  project: ProjectDetailFragment;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [completeMilestone, { loading }] = useMutation(COMPLETE_MILESTONE);
  const [problem, setProblem] = useState<Problem | null>(null);
  const canComplete = project.availableActions.includes('COMPLETE_MILESTONE');
  return (
    <section aria-labelledby="milestones-title">
      <h2 id="milestones-title">{t('project.page.milestones')}</h2>
      <ProblemNotice problem={problem} onReload={onReload} />
      {project.milestones.length === 0 ? (
        <p>{t('project.page.noMilestones')}</p>
      ) : (
        <ul className="milestones">
          {project.milestones.map((milestone) => (
            <li key={milestone.id} className={milestone.completedAt ? 'done' : ''}>
              <div>
                <p className="milestone-title">{milestone.title}</p>
                <p className="hint">
                  {milestone.completedAt
                    ? t('project.page.done', {
                        time: formatDateTime(milestone.completedAt, language),
                      })
                    : milestone.dueOn
                      ? t('project.page.due', { day: formatDay(milestone.dueOn, language) })
                      : t('project.page.open')}
                </p>
              </div>
              {!milestone.completedAt && canComplete ? (
                <button
                  type="button"
                  disabled={loading}
                  onClick={() => {
                    setProblem(null);
                    completeMilestone({ variables: { id: milestone.id } }).catch((error: unknown) =>
                      setProblem(problemOf(error)),
                    );
                  }}
                >
                  {t('project.page.markDone', { title: milestone.title })}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {project.availableActions.includes('ADD_MILESTONE') ? (
        <AddMilestone projectId={project.id} />
      ) : null}
    </section>
  );
}

function AddMilestone({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const [addMilestone] = useMutation(ADD_MILESTONE);
  const { register, handleSubmit, setError, formState, reset } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { title: '', dueOn: '' },
  });
  const { problem, run } = useSubmitProblem(setError, FIELDS);
  const say = (error?: { type?: string; message?: string }) =>
    error && (error.type === 'server' ? error.message : t(`project.errors.${error.message}`));
  const onSubmit = handleSubmit(async (values) => {
    const done = await run(() =>
      addMilestone({ variables: { projectId, title: values.title, dueOn: values.dueOn || null } }),
    );
    if (done) reset();
  });
  return (
    <form
      className="inline-form"
      onSubmit={onSubmit}
      noValidate
      aria-label={t('project.page.addMilestone')}
    >
      <h3>{t('project.page.addMilestone')}</h3>
      <ProblemNotice problem={problem} />
      <div className="row">
        <TextField
          label={t('project.page.milestoneTitle')}
          error={say(formState.errors.title)}
          {...register('title')}
        />
        <TextField
          label={t('project.page.dueOn')}
          type="date"
          error={say(formState.errors.dueOn)}
          {...register('dueOn')}
        />
      </div>
      <button type="submit" disabled={formState.isSubmitting}>
        {t('project.page.add')}
      </button>
    </form>
  );
}
