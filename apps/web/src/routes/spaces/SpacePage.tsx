import { useQuery, useSubscription } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useSession } from '../../app/session';
import { Loading } from '../../components/Loading';
import { NotFound } from '../../components/NotFound';
import { ProblemNotice } from '../../components/ProblemNotice';
import { graphql } from '../../graphql/generated';
import { currentLanguage } from '../../i18n/i18n';
import { problemOf } from '../../lib/api-errors';
import { formatDay } from '../../lib/park-time';
import { BookingForm, type StakeholderChoice } from './BookingForm';
import { BookingWeek, type Interval } from './BookingWeek';
import { addDays, seoulInstant, weekFromParam } from './seoul-week';
import './spaces.css';

// One request for the first view: the space, the week's free time, and (signed in) the
// viewer's own bookings that week and the stakeholders they may book for.
export const AVAILABILITY_CHANGED = graphql(`
  subscription LiveSpaceWeek($spaceId: ID!) {
    availabilityChanged(spaceId: $spaceId) {
      id
    }
  }
`);

const SPACE_WEEK = graphql(`
  query SpaceWeek($id: ID!, $from: DateTime!, $to: DateTime!, $signedIn: Boolean!) {
    space(id: $id) {
      id
      name
      kind
      capacity
      amenities
      archivedAt
      openingHours {
        weekday
        opens
        closes
      }
      hub {
        id
        name
        nameKo
        slug
      }
      ...BookingFormSpace
    }
    availability(spaceId: $id, from: $from, to: $to) {
      startsAt
      endsAt
    }
    myBookings(from: $from, to: $to, first: 100) @include(if: $signedIn) {
      edges {
        node {
          id
          startsAt
          endsAt
          status
          space {
            id
          }
        }
      }
    }
    me @include(if: $signedIn) {
      id
      stakeholders {
        id
        stakeholder {
          id
          name
          memberships(first: 10) {
            edges {
              node {
                id
                status
                hub {
                  id
                }
              }
            }
          }
        }
      }
    }
  }
`);

export default function SpacePage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { id = '' } = useParams();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const week = weekFromParam(params.get('week'));
  const [slot, setSlot] = useState<Interval | null>(null);
  const now = useMemo(() => new Date(), []);
  const { data, error, loading, refetch } = useQuery(SPACE_WEEK, {
    variables: {
      id,
      from: seoulInstant(week).toISOString(),
      to: seoulInstant(addDays(week, 7)).toISOString(),
      signedIn: Boolean(user),
    },
    errorPolicy: 'all',
  });
  // Someone else's booking, or staff's decision, shows in the week as it happens (signed in:
  // the live socket needs a token).
  useSubscription(AVAILABILITY_CHANGED, {
    variables: { spaceId: id },
    skip: !user || !id,
    onData: () => void refetch(),
  });

  const problem = error ? problemOf(error) : null;
  if (loading && !data) return <Loading />;
  // An unknown or malformed id, or an archived space's empty week, all read as "not here".
  if (!data?.space || problem?.kind === 'notFound' || problem?.kind === 'fields')
    return problem && problem.kind !== 'notFound' && problem.kind !== 'fields' ? (
      <ProblemNotice problem={problem} onReload={() => void refetch()} />
    ) : (
      <NotFound />
    );
  const space = data.space;
  const mine = (data.myBookings?.edges ?? [])
    .map((edge) => edge.node)
    .filter((booking) => booking.space.id === space.id);
  const stakeholders: StakeholderChoice[] = (data.me?.stakeholders ?? [])
    .map((seat) => seat.stakeholder)
    // In a member-only space, only stakeholders with an approved membership of its hub may book.
    .filter(
      (s) =>
        !space.policy.memberOnly ||
        s.memberships.edges.some(
          (e) => e.node.status === 'APPROVED' && e.node.hub.id === space.hub.id,
        ),
    )
    .map(({ id: stakeholderId, name }) => ({ id: stakeholderId, name }));
  const goTo = (target: string) => {
    setSlot(null);
    setParams({ week: target });
  };
  const hubName = language === 'ko' ? space.hub.nameKo : space.hub.name;

  return (
    <section className="space-page" aria-labelledby="space-title">
      <p className="eyebrow">
        <Link to={`/hubs/${space.hub.slug}`}>{hubName}</Link>
      </p>
      <h1 id="space-title">{space.name}</h1>
      <p className="space-facts">
        {t(`spaces.kind.${space.kind}`)} · {t('spaces.capacity', { n: space.capacity })}
        {space.amenities.length ? ` · ${space.amenities.join(', ')}` : ''}
      </p>
      {problem ? <ProblemNotice problem={problem} onReload={() => void refetch()} /> : null}
      <div className="space-layout">
        <div className="space-week">
          <div className="week-nav">
            <h2 id="week-title">
              {t('spaces.week.title', {
                from: formatDay(week, language),
                to: formatDay(addDays(week, 6), language),
              })}
            </h2>
            <div className="week-buttons">
              <button type="button" onClick={() => goTo(addDays(week, -7))}>
                {t('spaces.week.previous')}
              </button>
              <button type="button" onClick={() => goTo(weekFromParam(null))}>
                {t('spaces.week.thisWeek')}
              </button>
              <button type="button" onClick={() => goTo(addDays(week, 7))}>
                {t('spaces.week.next')}
              </button>
            </div>
          </div>
          <p className="hint">{t('spaces.week.seoulTime')}</p>
          <BookingWeek
            week={week}
            openingHours={space.openingHours}
            free={data.availability ?? []}
            mine={mine}
            now={now}
            selected={slot}
            onPick={setSlot}
          />
        </div>
        <aside className="space-booking">
          {space.archivedAt ? (
            <p className="notice notice-warn">{t('spaces.archived')}</p>
          ) : user ? (
            <BookingForm
              space={space}
              stakeholders={stakeholders}
              slot={slot}
              onBooked={() => void refetch()}
            />
          ) : (
            <p>
              <Link to={`/sign-in?next=${encodeURIComponent(`/spaces/${space.id}?week=${week}`)}`}>
                {t('spaces.signInToBook')}
              </Link>
            </p>
          )}
        </aside>
      </div>
    </section>
  );
}
