import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { useSession } from '../../app/session';
import { QueryState } from '../../components/QueryState';
import { graphql } from '../../graphql/generated';
import type { BookingItemFragment } from '../../graphql/generated/graphql';
import { BookingItem } from './BookingItem';
import './spaces.css';

const PAST_DAYS = 90;

// One page of bookings, as both lists show it and their "more" pages continue it.
graphql(`
  fragment BookingPage on BookingConnection {
    edges {
      node {
        ...BookingItem
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
`);

// Upcoming: `me.bookings` (not over yet, so one going on now with check-in open is here);
// past: `myBookings` over the last PAST_DAYS days, the ones already over. One request.
const MY_BOOKINGS = graphql(`
  query MyBookingsPage($pastFrom: DateTime!, $now: DateTime!) {
    me {
      id
      bookings(first: 20) {
        ...BookingPage
      }
    }
    myBookings(from: $pastFrom, to: $now, first: 20) {
      ...BookingPage
    }
  }
`);

const MORE_UPCOMING = graphql(`
  query MoreUpcomingBookings($after: String) {
    me {
      id
      bookings(first: 20, after: $after) {
        ...BookingPage
      }
    }
  }
`);

const MORE_PAST = graphql(`
  query MorePastBookings($pastFrom: DateTime!, $now: DateTime!, $after: String) {
    myBookings(from: $pastFrom, to: $now, first: 20, after: $after) {
      ...BookingPage
    }
  }
`);

export default function MyBookings() {
  const { user } = useSession();
  if (!user) return <Navigate to="/sign-in?next=%2Fme%2Fbookings" replace />;
  return <MyBookingsList />;
}

function MyBookingsList() {
  const { t } = useTranslation();
  // The windows are fixed when the screen opens, so "more" pages continue the same lists.
  const [now] = useState(() => new Date(Math.floor(Date.now() / 60_000) * 60_000));
  const variables = useMemo(
    () => ({
      now: now.toISOString(),
      pastFrom: new Date(now.getTime() - PAST_DAYS * 86_400_000).toISOString(),
    }),
    [now],
  );
  const { data, loading, error, fetchMore } = useQuery(MY_BOOKINGS, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const [more, setMore] = useState<'upcoming' | 'past' | null>(null);

  return (
    <section aria-labelledby="my-bookings-title" className="my-bookings">
      <h1 id="my-bookings-title">{t('spaces.mine.title')}</h1>
      <QueryState loading={loading && !data} error={data ? undefined : error}>
        {() => {
          const upcoming = data?.me?.bookings;
          const past = data?.myBookings;
          const pastOver = (past?.edges ?? [])
            .map((e) => e.node)
            .filter((b) => Date.parse(b.endsAt) <= now.getTime());
          return (
            <>
              <BookingList
                title={t('spaces.mine.upcoming')}
                empty={t('spaces.mine.noUpcoming')}
                bookings={(upcoming?.edges ?? []).map((e) => e.node)}
                now={now}
                hasMore={Boolean(upcoming?.pageInfo.hasNextPage)}
                loadingMore={more === 'upcoming'}
                onMore={() => {
                  setMore('upcoming');
                  void fetchMore({
                    query: MORE_UPCOMING,
                    variables: { after: upcoming?.pageInfo.endCursor },
                  }).finally(() => setMore(null));
                }}
              />
              <BookingList
                title={t('spaces.mine.past', { days: PAST_DAYS })}
                empty={t('spaces.mine.noPast')}
                bookings={pastOver}
                now={now}
                hasMore={Boolean(past?.pageInfo.hasNextPage)}
                loadingMore={more === 'past'}
                onMore={() => {
                  setMore('past');
                  void fetchMore({
                    query: MORE_PAST,
                    variables: { ...variables, after: past?.pageInfo.endCursor },
                  }).finally(() => setMore(null));
                }}
              />
            </>
          );
        }}
      </QueryState>
    </section>
  );
}

function BookingList({
  title,
  empty,
  bookings,
  now,
  hasMore,
  loadingMore,
  onMore,
}: {
  title: string;
  empty: string;
  bookings: BookingItemFragment[];
  now: Date;
  hasMore: boolean;
  loadingMore: boolean;
  onMore: () => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="booking-list" aria-label={title}>
      <h2>{title}</h2>
      {bookings.length ? (
        <ul className="booking-items">
          {bookings.map((booking) => (
            <BookingItem key={booking.id} booking={booking} now={now} />
          ))}
        </ul>
      ) : (
        <p className="hint">{empty}</p>
      )}
      {hasMore ? (
        <button type="button" onClick={onMore} disabled={loadingMore}>
          {t('spaces.mine.more')}
        </button>
      ) : null}
    </section>
  );
}
