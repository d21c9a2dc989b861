import { useMutation } from '@apollo/client/react';
import type { Reference } from '@apollo/client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemNotice } from '../../components/ProblemNotice';
import { graphql } from '../../graphql/generated';
import type { MyInvitationsFragment } from '../../graphql/generated/graphql';
import { currentLanguage } from '../../i18n/i18n';
import { problemOf, type Problem } from '../../lib/api-errors';
import { formatDateTime } from '../../lib/park-time';

export const MY_INVITATIONS = graphql(`
  fragment MyInvitations on User {
    id
    emailVerified
    stakeholderInvitations {
      id
      role
      expiresAt
      availableActions
      stakeholder {
        id
        name
      }
    }
  }
`);

// Accepting answers the new seat as the home page lists it; declining, the invitation.
const ACCEPT = graphql(`
  mutation AcceptStakeholderInvitation($id: ID!) {
    acceptStakeholderInvitation(id: $id) {
      member {
        ...MyStakeholderSeat
      }
    }
  }
`);
const DECLINE = graphql(`
  mutation DeclineStakeholderInvitation($id: ID!) {
    declineStakeholderInvitation(id: $id) {
      invitation {
        id
        status
        availableActions
      }
    }
  }
`);

/**
 * The invitations to the signed-in person's e-mail (`/#invitations`, where the inbox links):
 * accepting adds the stakeholder to their list and declining drops the invitation, both in the
 * cache, without a refetch.
 */
export function MyInvitations({ user }: { user: MyInvitationsFragment }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<Problem | null>(null);
  const me = { __typename: 'User' as const, id: user.id };
  const without =
    (id: string) =>
    (
      refs: readonly Reference[] | null,
      { readField }: { readField: (field: string, ref: Reference) => unknown },
    ) =>
      refs?.filter((ref) => readField('id', ref) !== id) ?? refs;
  const [accept] = useMutation(ACCEPT);
  const [decline] = useMutation(DECLINE);
  const invitations = user.stakeholderInvitations ?? [];
  const emailVerified = user.emailVerified;
  if (!invitations.length) return null;
  const act = (action: () => Promise<unknown>) => {
    setProblem(null);
    action().catch((error: unknown) => setProblem(problemOf(error)));
  };
  return (
    <section aria-labelledby="invitations" className="panel">
      <h3 id="invitations">{t('park.invitations.title')}</h3>
      <ProblemNotice problem={problem} />
      <ul>
        {invitations.map((invitation) => {
          const name = invitation.stakeholder.name;
          return (
            <li key={invitation.id}>
              <Link to={`/stakeholders/${invitation.stakeholder.id}`}>{name}</Link>{' '}
              <span className="muted">
                {t('park.invitations.as', { role: t(`park.role.${invitation.role}`) })} ·{' '}
                {t('park.invitations.until', {
                  date: formatDateTime(invitation.expiresAt, currentLanguage()),
                })}
              </span>{' '}
              {invitation.availableActions.includes('ACCEPT') ? (
                <button
                  type="button"
                  className="primary"
                  aria-label={t('park.invitations.acceptTo', { name })}
                  onClick={() =>
                    act(() =>
                      accept({
                        variables: { id: invitation.id },
                        update(cache, { data }) {
                          const seat = data?.acceptStakeholderInvitation.member;
                          if (!seat) return;
                          const ref = cache.identify(seat);
                          cache.modify({
                            id: cache.identify(me),
                            fields: {
                              stakeholderInvitations: without(invitation.id),
                              stakeholders: (refs: readonly Reference[] | null) =>
                                refs && ref ? [...refs, { __ref: ref }] : refs,
                            },
                          });
                        },
                      }),
                    )
                  }
                >
                  {t('park.invitations.accept')}
                </button>
              ) : null}{' '}
              {invitation.availableActions.includes('DECLINE') ? (
                <button
                  type="button"
                  aria-label={t('park.invitations.declineTo', { name })}
                  onClick={() =>
                    act(() =>
                      decline({
                        variables: { id: invitation.id },
                        update(cache) {
                          cache.modify({
                            id: cache.identify(me),
                            fields: { stakeholderInvitations: without(invitation.id) },
                          });
                        },
                      }),
                    )
                  }
                >
                  {t('park.invitations.decline')}
                </button>
              ) : null}
              {!invitation.availableActions.includes('ACCEPT') && !emailVerified ? (
                <p className="muted">
                  {t('park.invitations.verifyFirst')}{' '}
                  <Link to="/account#email">{t('park.invitations.verifyLink')}</Link>
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
