import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../graphql/generated';
import type { HubMembersFragment } from '../../graphql/generated/graphql';
import { problemOf, type Problem } from '../../lib/api-errors';
import { ProblemNotice } from '../../components/ProblemNotice';

export const HUB_MEMBER_PAGE = graphql(`
  fragment HubMemberPage on MembershipConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        stakeholder {
          id
          name
        }
      }
    }
  }
`);

export const HUB_MEMBERS = graphql(`
  fragment HubMembers on Hub {
    id
    members(first: 12) {
      ...HubMemberPage
    }
  }
`);

// The next page lands in Hub.members (relayStylePagination appends it), so the list grows in
// place: the hub page itself is not asked again.
const MORE_MEMBERS = graphql(`
  query HubMoreMembers($id: ID!, $after: String!) {
    hub(id: $id) {
      id
      members(first: 12, after: $after) {
        ...HubMemberPage
      }
    }
  }
`);

/** The hub's APPROVED members, longest-standing first, twelve at a time. */
export function HubMembers({ hub }: { hub: HubMembersFragment }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const { edges, pageInfo, totalCount } = hub.members;

  const more = async () => {
    if (!pageInfo.endCursor) return;
    setLoading(true);
    setProblem(null);
    try {
      await client.query({
        query: MORE_MEMBERS,
        variables: { id: hub.id, after: pageInfo.endCursor },
        fetchPolicy: 'network-only',
      });
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setLoading(false);
    }
  };

  return (
    <section aria-labelledby="hub-members">
      <h2 id="hub-members">
        {t('membership.hub.members')}{' '}
        <span className="muted">{t('membership.hub.memberCount', { count: totalCount })}</span>
      </h2>
      {edges.length ? (
        <ul className="member-grid">
          {edges.map(({ node }) => (
            <li key={node.id}>
              <Link to={`/stakeholders/${node.stakeholder.id}`}>{node.stakeholder.name}</Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('membership.hub.noMembers')}</p>
      )}
      <ProblemNotice problem={problem} />
      {pageInfo.hasNextPage ? (
        <button type="button" onClick={() => void more()} disabled={loading}>
          {t('membership.hub.moreMembers')}
        </button>
      ) : null}
    </section>
  );
}
