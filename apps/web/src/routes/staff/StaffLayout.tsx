import { useTranslation } from 'react-i18next';
import { Link, Navigate, NavLink, Outlet, useLocation } from 'react-router';
import { useSession } from '../../app/session';
import { InboxNavCounts } from './inbox/NavCounts';
import { isParkAdmin, isStaff } from './staff-access';
import './staff.css';

/** Every /staff page: the staff navigation beside the page, for park admins and hub staff only. */
export default function StaffLayout() {
  const { t } = useTranslation();
  const { user } = useSession();
  const { pathname } = useLocation();
  if (!user) return <Navigate to={`/sign-in?next=${encodeURIComponent(pathname)}`} replace />;
  if (!isStaff(user)) return <NotAllowed />;
  const links: [string, string][] = [
    ['/staff', t('staff.nav.inbox')],
    ['/staff/spaces', t('staff.nav.spaces')],
    ['/staff/calendar', t('staff.nav.calendar')],
    ['/staff/committees', t('staff.nav.committees')],
    ['/staff/budget-rounds', t('staff.nav.budgetRounds')],
    ['/staff/dashboard', t('staff.nav.dashboard')],
    ['/staff/audit', t('staff.nav.audit')],
  ];
  if (isParkAdmin(user)) links.push(['/staff/people', t('staff.nav.people')]);
  return (
    <div className="staff-console">
      <nav aria-label={t('staff.nav.label')} className="staff-nav">
        <ul>
          {links.map(([to, label]) => (
            <li key={to}>
              <NavLink to={to} end={to === '/staff'}>
                {label}
              </NavLink>
              {to === '/staff' ? <InboxNavCounts /> : null}
            </li>
          ))}
        </ul>
      </nav>
      <div className="staff-page">
        <Outlet />
      </div>
    </div>
  );
}

/** A member who opened a staff address: say so, rather than a page of refusals. */
export function NotAllowed() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="not-allowed-title">
      <h1 id="not-allowed-title">{t('staff.notAllowed.title')}</h1>
      <p>{t('staff.notAllowed.body')}</p>
      <Link to="/">{t('notFound.home')}</Link>
    </section>
  );
}
