import { useFragment } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, ScrollRestoration, useNavigate, useNavigation } from 'react-router';
import { ConnectionBanner } from '../components/ConnectionBanner';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { Loading } from '../components/Loading';
import { isStaff } from '../routes/staff/staff-access';
import { SESSION_USER } from './resume-session';
import { useSession } from './session';

/** Every page: the header (navigation, unread badge, language, account), then the screen. */
export function Layout() {
  const { t } = useTranslation();
  const { user } = useSession();
  const navigation = useNavigation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          Park Commons
        </Link>
        <nav aria-label={t('layout.mainNavigation')}>
          <ul>
            <li>
              <NavLink to="/stakeholders">{t('nav.stakeholders')}</NavLink>
            </li>
            {user ? (
              <>
                <li>
                  <NavLink to="/me/bookings">{t('nav.myBookings')}</NavLink>
                </li>
                <li>
                  <UnreadBadge userId={user.id} />
                </li>
                {(user.committees?.length ?? 0) > 0 ? (
                  <li>
                    <NavLink to="/reviews">{t('staffCommittees.nav.reviews')}</NavLink>
                  </li>
                ) : null}
                {isStaff(user) ? (
                  <li>
                    <NavLink to="/staff">{t('nav.staff')}</NavLink>
                  </li>
                ) : null}
              </>
            ) : null}
          </ul>
        </nav>
        <div className="header-tools">
          <LanguageSwitch />
          {user === undefined ? null : user ? (
            <AccountMenu userId={user.id} name={user.displayName} />
          ) : (
            <SignInLinks />
          )}
        </div>
      </header>
      <ConnectionBanner />
      <main id="main" tabIndex={-1}>
        {user === undefined || navigation.state === 'loading' ? <Loading /> : <Outlet />}
      </main>
      <ScrollRestoration />
    </>
  );
}

/** The notifications link with the unread count, read from the cache (no request of its own). */
function UnreadBadge({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const { data } = useFragment({
    fragment: SESSION_USER,
    from: { __typename: 'User', id: userId },
  });
  const unread = data?.unreadNotificationCount ?? 0;
  return (
    // The name is said in words (no aria-label: axe wants the visible text inside the name).
    <NavLink to="/notifications">
      <span className="visually-hidden">{t('nav.notificationsWithCount', { count: unread })}</span>
      <span aria-hidden="true">
        {t('nav.notifications')}
        {unread > 0 ? <span className="badge">{unread}</span> : null}
      </span>
    </NavLink>
  );
}

/** The account link shows the name as the cache has it (updateMe changes it there). */
function AccountMenu({ userId, name }: { userId: string; name: string }) {
  const { t } = useTranslation();
  const { data } = useFragment({
    fragment: SESSION_USER,
    from: { __typename: 'User', id: userId },
  });
  const { signOut } = useSession();
  const navigate = useNavigate();
  return (
    <>
      <NavLink to="/account">{data?.displayName ?? name}</NavLink>
      <button
        type="button"
        onClick={() => {
          void signOut().then(() => navigate('/'));
        }}
      >
        {t('action.signOut')}
      </button>
    </>
  );
}

function SignInLinks() {
  const { t } = useTranslation();
  return (
    <>
      <NavLink to="/sign-in">{t('action.signIn')}</NavLink>
      <NavLink to="/sign-up">{t('action.signUp')}</NavLink>
    </>
  );
}
