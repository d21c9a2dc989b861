import { useFragment } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Link,
  NavLink,
  Outlet,
  ScrollRestoration,
  useLocation,
  useNavigate,
  useNavigation,
} from 'react-router';
import { ConnectionBanner } from '../components/ConnectionBanner';
import { Loading } from '../components/Loading';
import { isStaff } from '../routes/staff/staff-access';
import { LanguageSwitch } from './LanguageSwitch';
import { LiveUpdates } from './LiveUpdates';
import { SESSION_USER } from './resume-session';
import { useSession } from './session';

/**
 * Every page: the header (navigation, unread badge, language, account), then the screen. On a
 * phone the navigation folds behind a menu button, so the header keeps to two rows.
 */
export function Layout() {
  const { t } = useTranslation();
  const { user } = useSession();
  const navigation = useNavigation();
  const menu = useMenu();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          Park Commons
        </Link>
        <MenuButton {...menu} userId={user?.id} />
        <nav
          id="site-nav"
          aria-label={t('layout.mainNavigation')}
          className={menu.open ? 'open' : undefined}
        >
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
      {user ? <LiveUpdates user={user} /> : null}
      <main id="main" tabIndex={-1}>
        {user === undefined || navigation.state === 'loading' ? <Loading /> : <Outlet />}
      </main>
      <ScrollRestoration />
    </>
  );
}

/** The phone's menu: open or shut; shut again after each move and on Escape (focus back). */
function useMenu() {
  // Open at one place only: moving to another page shuts it without an effect.
  const { key } = useLocation();
  const [openAt, setOpenAt] = useState<string | null>(null);
  const open = openAt === key;
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpenAt(null);
      button.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
  return { open, button, toggle: () => setOpenAt(open ? null : key) };
}

/** Shown on a phone only (CSS); the unread count rides on it while the menu is shut. */
function MenuButton({
  open,
  button,
  toggle,
  userId,
}: ReturnType<typeof useMenu> & { userId: string | undefined }) {
  const { t } = useTranslation();
  return (
    <button
      ref={button}
      type="button"
      className="menu-button"
      aria-expanded={open}
      aria-controls="site-nav"
      onClick={toggle}
    >
      {t('layout.menu')}
      {userId ? <UnreadCount userId={userId} /> : null}
    </button>
  );
}

/** The unread count in words for a screen reader, as a badge for the eye. */
function UnreadCount({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const unread = useUnread(userId);
  if (unread === 0) return null;
  return (
    <>
      <span className="visually-hidden">{t('layout.menuUnread', { count: unread })}</span>
      <span className="badge" aria-hidden="true">
        {unread}
      </span>
    </>
  );
}

function useUnread(userId: string): number {
  const { data } = useFragment({
    fragment: SESSION_USER,
    from: { __typename: 'User', id: userId },
  });
  return data?.unreadNotificationCount ?? 0;
}

/** The notifications link with the unread count, read from the cache (no request of its own). */
function UnreadBadge({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const unread = useUnread(userId);
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
      <NavLink to="/account" className="account-link">
        {data?.displayName ?? name}
      </NavLink>
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
