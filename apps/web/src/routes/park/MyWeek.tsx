import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../graphql/generated';
import type { MyWeekFragment } from '../../graphql/generated/graphql';
import { currentLanguage } from '../../i18n/i18n';
import { formatDateTime, formatTime } from '../../lib/park-time';
import { MyInvitations } from './MyInvitations';
import { applicationsInProgress } from './upcoming';

// A seat as the home page shows it; accepting an invitation answers the same, so the new seat
// joins the list from the cache.
export const MY_STAKEHOLDER_SEAT = graphql(`
  fragment MyStakeholderSeat on StakeholderMember {
    id
    role
    stakeholder {
      id
      name
      memberships(first: 20) {
        edges {
          node {
            id
            status
            plan
            createdAt
            hub {
              id
              slug
              name
              nameKo
            }
          }
        }
      }
    }
  }
`);

export const MY_WEEK = graphql(`
  fragment MyWeek on User {
    id
    unreadNotificationCount
    bookings(first: 5) {
      edges {
        node {
          id
          startsAt
          endsAt
          status
          space {
            id
            name
          }
        }
      }
    }
    rsvps {
      id
      status
      waitlistPosition
      event {
        id
        title
        startsAt
      }
    }
    stakeholders {
      ...MyStakeholderSeat
    }
    ...MyInvitations
  }
`);

/** The signed-in person's next bookings, RSVPs, applications waiting for staff, and unread. */
export function MyWeek({ user }: { user: MyWeekFragment }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const bookings = user.bookings?.edges.map(({ node }) => node) ?? [];
  const rsvps = user.rsvps ?? [];
  const applications = applicationsInProgress(user);
  const unread = user.unreadNotificationCount ?? 0;
  return (
    <section aria-labelledby="my-week" className="my-week">
      <h2 id="my-week">{t('park.myWeek.title')}</h2>
      <p>
        <Link to="/notifications">{t('park.myWeek.unread', { count: unread })}</Link>
      </p>
      <MyInvitations user={user} />
      <div className="my-week-columns">
        <section aria-labelledby="my-week-bookings">
          <h3 id="my-week-bookings">{t('park.myWeek.bookings')}</h3>
          {bookings.length ? (
            <ul>
              {bookings.map((booking) => (
                <li key={booking.id}>
                  <Link to={`/spaces/${booking.space.id}`}>{booking.space.name}</Link>{' '}
                  <time dateTime={booking.startsAt}>
                    {formatDateTime(booking.startsAt, language)}–
                    {formatTime(booking.endsAt, language)}
                  </time>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('park.myWeek.noBookings')}</p>
          )}
          <Link to="/me/bookings">{t('park.myWeek.allBookings')}</Link>
        </section>
        <section aria-labelledby="my-week-rsvps">
          <h3 id="my-week-rsvps">{t('park.myWeek.rsvps')}</h3>
          {rsvps.length ? (
            <ul>
              {rsvps.map((rsvp) => (
                <li key={rsvp.id}>
                  <Link to={`/events/${rsvp.event.id}`}>{rsvp.event.title}</Link>{' '}
                  <time dateTime={rsvp.event.startsAt}>
                    {formatDateTime(rsvp.event.startsAt, language)}
                  </time>{' '}
                  <span className={`status status-${rsvp.status.toLowerCase()}`}>
                    {rsvp.status === 'WAITLISTED'
                      ? t('park.myWeek.waitlisted', { position: rsvp.waitlistPosition })
                      : t('park.myWeek.going')}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('park.myWeek.noRsvps')}</p>
          )}
        </section>
        <section aria-labelledby="my-week-stakeholders">
          <h3 id="my-week-stakeholders">{t('park.myWeek.stakeholders')}</h3>
          {user.stakeholders?.length ? (
            <ul>
              {user.stakeholders.map((seat) => (
                <li key={seat.id}>
                  <Link to={`/stakeholders/${seat.stakeholder.id}`}>{seat.stakeholder.name}</Link>{' '}
                  <span className="muted">{t(`park.role.${seat.role}`)}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('park.myWeek.noStakeholders')}</p>
          )}
        </section>
        <section aria-labelledby="my-week-applications">
          <h3 id="my-week-applications">{t('park.myWeek.applications')}</h3>
          {applications.length ? (
            <ul>
              {applications.map((membership) => (
                <li key={membership.id}>
                  <Link to={`/hubs/${membership.hub.slug}`}>
                    {language === 'ko' ? membership.hub.nameKo : membership.hub.name}
                  </Link>{' '}
                  <span className="muted">{membership.stakeholder.name}</span>{' '}
                  <span className={`status status-${membership.status.toLowerCase()}`}>
                    {t(`park.membershipStatus.${membership.status}`)}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('park.myWeek.noApplications')}</p>
          )}
        </section>
      </div>
    </section>
  );
}
