import { useLazyQuery, useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemNotice } from '../../../components/ProblemNotice';
import type { CommitteeCardFragment } from '../../../graphql/generated/graphql';
import { problemOf, type Problem } from '../../../lib/api-errors';
import { ADD_COMMITTEE_MEMBER, FIND_PEOPLE, REMOVE_COMMITTEE_MEMBER } from './committee-documents';

/** One committee: its members (each removable) and a search to add someone (the users search). */
export function CommitteeCard({
  committee,
  onReload,
}: {
  committee: CommitteeCardFragment;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const [addMember, added] = useMutation(ADD_COMMITTEE_MEMBER);
  const [removeMember, removed] = useMutation(REMOVE_COMMITTEE_MEMBER);
  const [problem, setProblem] = useState<Problem | null>(null);
  const titleId = useId();
  const busy = added.loading || removed.loading;
  const change = (action: Promise<unknown>) => {
    setProblem(null);
    action.catch((error: unknown) => setProblem(problemOf(error)));
  };
  const variables = (userId: string) => ({ committeeId: committee.id, userId });
  const members = new Set(committee.members.map((member) => member.id));
  return (
    <article className="card committee" aria-labelledby={titleId}>
      <h2 id={titleId}>{committee.name}</h2>
      <p className="hint">
        {t(`staffCommittees.committees.kind.${committee.kind}`)} ·{' '}
        {t('staffCommittees.committees.members', { count: committee.members.length })}
      </p>
      <ProblemNotice problem={problem} onReload={onReload} />
      {committee.members.length === 0 ? (
        <p>{t('staffCommittees.committees.noMembers')}</p>
      ) : (
        <ul className="plain-list members">
          {committee.members.map((member) => (
            <li key={member.id}>
              <span>{member.displayName}</span>
              <button
                type="button"
                className="danger"
                disabled={busy}
                onClick={() => change(removeMember({ variables: variables(member.id) }))}
              >
                {t('staffCommittees.committees.remove', { name: member.displayName })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <PersonSearch
        committeeName={committee.name}
        isMember={(id) => members.has(id)}
        busy={busy}
        onPick={(userId) => change(addMember({ variables: variables(userId) }))}
      />
    </article>
  );
}

function PersonSearch({
  committeeName,
  isMember,
  busy,
  onPick,
}: {
  committeeName: string;
  isMember: (userId: string) => boolean;
  busy: boolean;
  onPick: (userId: string) => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [find, { data, loading, error, called }] = useLazyQuery(FIND_PEOPLE);
  const inputId = useId();
  const people = data?.users.edges.map((edge) => edge.node) ?? [];
  return (
    <div className="person-search">
      <form
        className="search"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          const words = search.trim();
          if (words) void find({ variables: { search: words } }).catch(() => undefined);
        }}
      >
        <label htmlFor={inputId}>
          {t('staffCommittees.addMember.search', { committee: committeeName })}
        </label>
        <input
          id={inputId}
          type="search"
          value={search}
          maxLength={100}
          aria-describedby={`${inputId}-hint`}
          onChange={(event) => setSearch(event.target.value)}
        />
        <button type="submit" disabled={loading}>
          {t('staffCommittees.addMember.find')}
        </button>
        <p id={`${inputId}-hint`} className="hint">
          {t('staffCommittees.addMember.hint')}
        </p>
      </form>
      {error ? <ProblemNotice problem={problemOf(error)} /> : null}
      {called && !loading && data ? (
        people.length === 0 ? (
          <p>{t('staffCommittees.addMember.noResults')}</p>
        ) : (
          <ul className="plain-list people" aria-label={t('staffCommittees.addMember.results')}>
            {people.map((person) => (
              <li key={person.id}>
                <span>{person.displayName}</span>
                {isMember(person.id) ? (
                  <span className="hint">{t('staffCommittees.addMember.already')}</span>
                ) : (
                  <button type="button" disabled={busy} onClick={() => onPick(person.id)}>
                    {t('staffCommittees.addMember.add', { name: person.displayName })}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )
      ) : null}
    </div>
  );
}
