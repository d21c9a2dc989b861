import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../app/session';
import { ProblemNotice } from '../../../components/ProblemNotice';
import { QueryState } from '../../../components/QueryState';
import { graphql } from '../../../graphql/generated';
import type { HubStaffRole } from '../../../graphql/generated/graphql';
import { currentLanguage } from '../../../i18n/i18n';
import { problemOf, type Problem } from '../../../lib/api-errors';
import { NotAllowed } from '../StaffLayout';
import { isParkAdmin } from '../staff-access';
import './numbers.css';

export const STAFF_PEOPLE_HUB = graphql(`
  fragment StaffPeopleHub on Hub {
    id
    name
    nameKo
    staff {
      id
      role
      user {
        id
        displayName
      }
    }
  }
`);

const PEOPLE = graphql(`
  query StaffPeople {
    ...StaffNavCounts
    hubs {
      ...StaffPeopleHub
    }
  }
`);

const FIND_USERS = graphql(`
  query StaffFindUsers($search: String!) {
    users(search: $search, first: 10) {
      edges {
        node {
          id
          displayName
          email
        }
      }
    }
  }
`);

const FIND_STAKEHOLDERS = graphql(`
  query StaffPeopleStakeholders($search: String!) {
    stakeholders(filter: { search: $search }, first: 10) {
      edges {
        node {
          id
          name
          verified
        }
      }
    }
  }
`);

// Each mutation answers the hub with its staff, so the lists update from the answer.
const ASSIGN = graphql(`
  mutation StaffAssignHubStaff($hubId: ID!, $userId: ID!, $role: HubStaffRole!) {
    assignHubStaff(hubId: $hubId, userId: $userId, role: $role) {
      id
      role
      hub {
        ...StaffPeopleHub
      }
    }
  }
`);

const UNASSIGN = graphql(`
  mutation StaffUnassignHubStaff($hubId: ID!, $userId: ID!) {
    unassignHubStaff(hubId: $hubId, userId: $userId) {
      ...StaffPeopleHub
    }
  }
`);

const VERIFY = graphql(`
  mutation StaffVerifyStakeholder($id: ID!) {
    verifyStakeholder(id: $id) {
      id
      verified
    }
  }
`);

const ROLES: HubStaffRole[] = ['MANAGER', 'COORDINATOR'];

/** /staff/people — park admins appoint and remove hub staff and verify stakeholders. */
export default function StaffPeople() {
  const { user } = useSession();
  if (!isParkAdmin(user)) return <NotAllowed />;
  return <PeopleScreen />;
}

function PeopleScreen() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { data, loading, error } = useQuery(PEOPLE);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [unassign] = useMutation(UNASSIGN);
  const hubs = data?.hubs ?? [];
  const hubName = (hub: { name: string; nameKo: string }) =>
    language === 'ko' ? hub.nameKo : hub.name;

  const remove = async (hubId: string, userId: string) => {
    setProblem(null);
    try {
      await unassign({ variables: { hubId, userId } });
    } catch (caught) {
      setProblem(problemOf(caught));
    }
  };

  return (
    <article className="staff-people" aria-labelledby="people-title">
      <h1 id="people-title">{t('staffNumbers.people.title')}</h1>
      <QueryState loading={loading} error={error} missing={!data}>
        {() => (
          <>
            <ProblemNotice problem={problem} />
            {hubs.map((hub) => (
              <section key={hub.id} aria-labelledby={`staff-of-${hub.id}`}>
                <h2 id={`staff-of-${hub.id}`}>{hubName(hub)}</h2>
                <ul className="people-list">
                  {hub.staff.map((post) => (
                    <li key={post.id}>
                      <span>{post.user.displayName}</span>
                      <span className="muted">{t(`staffNumbers.people.role.${post.role}`)}</span>
                      <button
                        type="button"
                        aria-label={t('staffNumbers.people.removeFrom', {
                          name: post.user.displayName,
                          hub: hubName(hub),
                        })}
                        onClick={() => void remove(hub.id, post.user.id)}
                      >
                        {t('staffNumbers.people.remove')}
                      </button>
                    </li>
                  ))}
                  {hub.staff.length ? null : <li>{t('staffNumbers.people.noStaff')}</li>}
                </ul>
              </section>
            ))}
            <AssignStaff hubs={hubs.map((hub) => ({ id: hub.id, name: hubName(hub) }))} />
            <VerifyStakeholders />
          </>
        )}
      </QueryState>
    </article>
  );
}

/** Find a person with `users`, then appoint them to a hub in a role. */
function AssignStaff({ hubs }: { hubs: { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const found = useQuery(FIND_USERS, { variables: { search }, skip: !search });
  const [assign, assigning] = useMutation(ASSIGN);
  const people = found.data?.users.edges.map((edge) => edge.node) ?? [];

  const find = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPicked('');
    setDone(null);
    setSearch(String(new FormData(event.currentTarget).get('search') ?? '').trim());
  };
  const appoint = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setProblem(null);
    setDone(null);
    try {
      const result = await assign({
        variables: {
          hubId: String(form.get('hub')),
          userId: picked,
          role: String(form.get('role')) as HubStaffRole,
        },
      });
      const name = people.find((person) => person.id === picked)?.displayName ?? '';
      if (result.data) setDone(t('staffNumbers.people.assigned', { name }));
    } catch (caught) {
      setProblem(problemOf(caught));
    }
  };

  return (
    <section aria-labelledby="assign-title">
      <h2 id="assign-title">{t('staffNumbers.people.assignTitle')}</h2>
      <form className="people-search" onSubmit={find} role="search">
        <div className="field">
          <label htmlFor="people-search">{t('staffNumbers.people.findPerson')}</label>
          <input
            type="search"
            id="people-search"
            name="search"
            minLength={1}
            maxLength={100}
            required
          />
        </div>
        <button type="submit">{t('action.search')}</button>
      </form>
      <QueryState loading={found.loading} error={found.error}>
        {() =>
          search ? (
            <form className="people-assign" onSubmit={(event) => void appoint(event)}>
              <fieldset>
                <legend>{t('staffNumbers.people.pickPerson')}</legend>
                {people.map((person) => (
                  <label key={person.id} className="choice">
                    <input
                      type="radio"
                      name="user"
                      value={person.id}
                      checked={picked === person.id}
                      onChange={() => setPicked(person.id)}
                    />
                    {person.displayName}
                    {person.email ? <span className="muted"> {person.email}</span> : null}
                  </label>
                ))}
                {people.length ? null : <p>{t('staffNumbers.people.nobody')}</p>}
              </fieldset>
              <div className="people-search">
                <div className="field">
                  <label htmlFor="people-hub">{t('staffNumbers.people.hub')}</label>
                  <select id="people-hub" name="hub" required>
                    {hubs.map((hub) => (
                      <option key={hub.id} value={hub.id}>
                        {hub.name}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor="people-role">{t('staffNumbers.people.roleLabel')}</label>
                  <select id="people-role" name="role" defaultValue="COORDINATOR">
                    {ROLES.map((role) => (
                      <option key={role} value={role}>
                        {t(`staffNumbers.people.role.${role}`)}
                      </option>
                    ))}
                  </select>
                </div>
                <button type="submit" disabled={!picked || assigning.loading}>
                  {t('staffNumbers.people.assign')}
                </button>
              </div>
            </form>
          ) : null
        }
      </QueryState>
      <ProblemNotice problem={problem} />
      {done ? (
        <p className="notice" role="status">
          {done}
        </p>
      ) : null}
    </section>
  );
}

/** Find stakeholders by name and verify the ones not verified yet. */
function VerifyStakeholders() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const found = useQuery(FIND_STAKEHOLDERS, { variables: { search }, skip: !search });
  const [verify] = useMutation(VERIFY);

  const mark = async (id: string) => {
    setProblem(null);
    try {
      await verify({ variables: { id } });
    } catch (caught) {
      setProblem(problemOf(caught));
    }
  };

  return (
    <section aria-labelledby="verify-title">
      <h2 id="verify-title">{t('staffNumbers.people.verifyTitle')}</h2>
      <form
        className="people-search"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          setSearch(String(new FormData(event.currentTarget).get('search') ?? '').trim());
        }}
      >
        <div className="field">
          <label htmlFor="people-stakeholder-search">
            {t('staffNumbers.people.findStakeholder')}
          </label>
          <input
            type="search"
            id="people-stakeholder-search"
            name="search"
            minLength={1}
            maxLength={100}
            required
          />
        </div>
        <button type="submit">{t('action.search')}</button>
      </form>
      <ProblemNotice problem={problem} />
      <QueryState loading={found.loading} error={found.error}>
        {() =>
          search ? (
            <ul className="people-list">
              {(found.data?.stakeholders.edges ?? []).map(({ node }) => (
                <li key={node.id}>
                  <span>{node.name}</span>
                  {node.verified ? (
                    <span className="muted">{t('staffNumbers.people.verified')}</span>
                  ) : (
                    <button
                      type="button"
                      aria-label={t('staffNumbers.people.verifyOne', { name: node.name })}
                      onClick={() => void mark(node.id)}
                    >
                      {t('staffNumbers.people.verify')}
                    </button>
                  )}
                </li>
              ))}
              {found.data?.stakeholders.edges.length ? null : (
                <li>{t('staffNumbers.people.noStakeholders')}</li>
              )}
            </ul>
          ) : null
        }
      </QueryState>
    </section>
  );
}
