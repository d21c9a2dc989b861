import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useSession } from '../../app/session';
import { ProblemNotice } from '../../components/ProblemNotice';
import { TextField } from '../../components/TextField';
import { graphql } from '../../graphql/generated';
import type { StakeholderProfileFragment, StakeholderRole } from '../../graphql/generated/graphql';
import { problemOf, type Problem } from '../../lib/api-errors';
import { useSubmitProblem } from '../../lib/use-problem';
import { formatDateTime } from '../../lib/park-time';
import { currentLanguage } from '../../i18n/i18n';
import { rolesFor } from './people-actions';

// Each answers the stakeholder as it now is (its people, its pending invitations and what the
// viewer may still do).
const INVITE = graphql(`
  mutation AddStakeholderMember($id: ID!, $email: String!, $role: StakeholderRole!) {
    addStakeholderMember(stakeholderId: $id, email: $email, role: $role) {
      invitation {
        id
        email
      }
      stakeholder {
        id
        ...StakeholderProfile
      }
    }
  }
`);
const CANCEL = graphql(`
  mutation CancelStakeholderInvitation($id: ID!) {
    cancelStakeholderInvitation(id: $id) {
      stakeholder {
        id
        ...StakeholderProfile
      }
    }
  }
`);
const CHANGE_ROLE = graphql(`
  mutation ChangeStakeholderMemberRole($id: ID!, $userId: ID!, $role: StakeholderRole!) {
    changeStakeholderMemberRole(stakeholderId: $id, userId: $userId, role: $role) {
      stakeholder {
        id
        ...StakeholderProfile
      }
    }
  }
`);
const REMOVE = graphql(`
  mutation RemoveStakeholderMember($id: ID!, $userId: ID!) {
    removeStakeholderMember(stakeholderId: $id, userId: $userId) {
      stakeholder {
        id
        ...StakeholderProfile
      }
    }
  }
`);
const LEAVE = graphql(`
  mutation LeaveStakeholder($id: ID!) {
    leaveStakeholder(stakeholderId: $id) {
      stakeholder {
        id
        ...StakeholderProfile
      }
    }
  }
`);
const TRANSFER = graphql(`
  mutation TransferStakeholderOwnership($id: ID!, $userId: ID!) {
    transferStakeholderOwnership(stakeholderId: $id, userId: $userId) {
      stakeholder {
        id
        ...StakeholderProfile
      }
    }
  }
`);

const ROLE_ORDER: Record<StakeholderRole, number> = { OWNER: 0, ADMIN: 1, MEMBER: 2 };

/** The stakeholder's people with their roles, and managing them where the viewer may. */
export function StakeholderPeople({ stakeholder }: { stakeholder: StakeholderProfileFragment }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [changeRole] = useMutation(CHANGE_ROLE);
  const [remove] = useMutation(REMOVE);
  const [leave] = useMutation(LEAVE);
  const [transfer] = useMutation(TRANSFER);
  const [cancel] = useMutation(CANCEL);
  const id = stakeholder.id;
  const act = (action: () => Promise<unknown>) => {
    setProblem(null);
    action().catch((error: unknown) => setProblem(problemOf(error)));
  };
  const people = [...stakeholder.members].sort(
    (a, b) =>
      ROLE_ORDER[a.role] - ROLE_ORDER[b.role] ||
      a.user.displayName.localeCompare(b.user.displayName),
  );

  return (
    <section aria-labelledby="people-title" className="panel">
      <h2 id="people-title">{t('directory.profile.people')}</h2>
      <ProblemNotice problem={problem} />
      <ul className="rows people">
        {people.map((member) => {
          const actions = member.availableActions;
          const name = member.user.displayName;
          const self = member.user.id === user?.id;
          return (
            <li key={member.id}>
              <span className="person">
                {name}
                {self ? <span className="muted"> ({t('directory.people.you')})</span> : null}
              </span>
              {actions.includes('CHANGE_ROLE') ? (
                <select
                  aria-label={t('directory.people.roleOf', { name })}
                  value={member.role}
                  onChange={(event) => {
                    const role = event.target.value as StakeholderRole;
                    act(() => changeRole({ variables: { id, userId: member.user.id, role } }));
                  }}
                >
                  {rolesFor(member).map((role) => (
                    <option key={role} value={role}>
                      {t(`directory.roles.${role}`)}
                    </option>
                  ))}
                </select>
              ) : (
                <span className={`role role-${member.role.toLowerCase()}`}>
                  {t(`directory.roles.${member.role}`)}
                </span>
              )}
              <span className="person-actions">
                {actions.includes('TRANSFER_OWNERSHIP') ? (
                  <button
                    type="button"
                    aria-label={t('directory.people.transferTo', { name })}
                    onClick={() =>
                      act(() => transfer({ variables: { id, userId: member.user.id } }))
                    }
                  >
                    {t('directory.people.transfer')}
                  </button>
                ) : null}
                {actions.includes('REMOVE') ? (
                  <button
                    type="button"
                    aria-label={t('directory.people.removeOf', { name })}
                    onClick={() => act(() => remove({ variables: { id, userId: member.user.id } }))}
                  >
                    {t('directory.people.remove')}
                  </button>
                ) : null}
                {actions.includes('LEAVE') ? (
                  <button type="button" onClick={() => act(() => leave({ variables: { id } }))}>
                    {t('directory.people.leave')}
                  </button>
                ) : null}
              </span>
            </li>
          );
        })}
      </ul>
      {stakeholder.invitations?.length ? (
        <>
          <h3 id="invitations-title">{t('directory.people.invitations')}</h3>
          <ul className="rows people" aria-labelledby="invitations-title">
            {stakeholder.invitations.map((invitation) => (
              <li key={invitation.id}>
                <span className="person">{invitation.email}</span>
                <span className={`role role-${invitation.role.toLowerCase()}`}>
                  {t(`directory.roles.${invitation.role}`)}
                </span>
                <span className="muted">
                  {t('directory.people.invitedUntil', {
                    date: formatDateTime(invitation.expiresAt, currentLanguage()),
                  })}
                </span>
                <span className="person-actions">
                  {invitation.availableActions.includes('CANCEL') ? (
                    <button
                      type="button"
                      aria-label={t('directory.people.cancelInvitationTo', {
                        email: invitation.email,
                      })}
                      onClick={() => act(() => cancel({ variables: { id: invitation.id } }))}
                    >
                      {t('directory.people.cancelInvitation')}
                    </button>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {stakeholder.availableActions.includes('ADD_MEMBER') ? <AddPerson id={id} /> : null}
    </section>
  );
}

const addSchema = z.object({
  email: z.string().trim().email(),
  role: z.enum(['ADMIN', 'MEMBER']),
});
type AddValues = z.infer<typeof addSchema>;
const ADD_FIELDS = ['email', 'role'] as const;

/** Invites by e-mail: the person joins when they accept (the API answers alike for any e-mail). */
function AddPerson({ id }: { id: string }) {
  const { t } = useTranslation();
  const [add] = useMutation(INVITE);
  const [added, setAdded] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState, reset } = useForm<AddValues>({
    resolver: zodResolver(addSchema),
    defaultValues: { email: '', role: 'MEMBER' },
  });
  const { problem, run } = useSubmitProblem(setError, ADD_FIELDS);
  const onSubmit = handleSubmit(async ({ email, role }) => {
    setAdded(null);
    let invited: string | undefined;
    const done = await run(async () => {
      const { data } = await add({ variables: { id, email: email.trim(), role } });
      invited = data?.addStakeholderMember.invitation.email;
    });
    if (done) {
      reset();
      setAdded(invited ?? email);
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="add-person">
      <h3>{t('directory.people.add')}</h3>
      <ProblemNotice problem={problem} />
      {added ? (
        <p className="notice notice-ok" role="status">
          {t('directory.people.invited', { email: added })}
        </p>
      ) : null}
      <TextField
        label={t('directory.people.email')}
        type="email"
        autoComplete="off"
        error={
          formState.errors.email &&
          (formState.errors.email.type === 'server'
            ? formState.errors.email.message
            : t('directory.invalid.email'))
        }
        {...register('email')}
      />
      <div className="field">
        <label htmlFor={`add-role-${id}`}>{t('directory.people.role')}</label>
        <select id={`add-role-${id}`} {...register('role')}>
          <option value="MEMBER">{t('directory.roles.MEMBER')}</option>
          <option value="ADMIN">{t('directory.roles.ADMIN')}</option>
        </select>
      </div>
      <button type="submit" disabled={formState.isSubmitting}>
        {t('directory.people.addSubmit')}
      </button>
    </form>
  );
}
