import type { RouteObject } from 'react-router';
import { NotFound } from '../components/NotFound';
import { Layout } from './Layout';

// The console's URLs are a contract (links, e-mails and tests rely on them). Each area is its
// own chunk, loaded when first opened, so the first load carries only what it shows.
const area = (load: () => Promise<{ default: React.ComponentType }>) => async () => ({
  Component: (await load()).default,
});

export const ROUTES: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, lazy: area(() => import('../routes/park/ParkHome')) },
      { path: 'sign-in', lazy: area(() => import('../routes/identity/SignIn')) },
      { path: 'sign-up', lazy: area(() => import('../routes/identity/SignUp')) },
      { path: 'account', lazy: area(() => import('../routes/identity/Account')) },
      // Where the verification and reset e-mails' links land.
      { path: 'verify-email', lazy: area(() => import('../routes/identity/VerifyEmail')) },
      { path: 'reset-password', lazy: area(() => import('../routes/identity/ResetPassword')) },
      {
        path: 'stakeholders',
        lazy: area(() => import('../routes/directory/StakeholderDirectory')),
      },
      {
        path: 'stakeholders/new',
        lazy: area(() => import('../routes/directory/NewStakeholder')),
      },
      {
        path: 'stakeholders/:id',
        lazy: area(() => import('../routes/directory/StakeholderProfile')),
      },
      { path: 'hubs/:slug', lazy: area(() => import('../routes/membership/HubPage')) },
      { path: 'spaces/:id', lazy: area(() => import('../routes/spaces/SpacePage')) },
      { path: 'me/bookings', lazy: area(() => import('../routes/spaces/MyBookings')) },
      { path: 'events/:id', lazy: area(() => import('../routes/spaces/EventPage')) },
      {
        path: 'partnerships/new',
        lazy: area(() => import('../routes/partnership/ProposePartnership')),
      },
      {
        path: 'partnerships/:id',
        lazy: area(() => import('../routes/partnership/PartnershipPage')),
      },
      { path: 'projects/new', lazy: area(() => import('../routes/project/ProposeProject')) },
      { path: 'projects/:id', lazy: area(() => import('../routes/project/ProjectPage')) },
      { path: 'budget-rounds/:id', lazy: area(() => import('../routes/project/BudgetRoundPage')) },
      { path: 'notifications', lazy: area(() => import('../routes/notification/Inbox')) },
      {
        path: 'staff',
        lazy: area(() => import('../routes/staff/StaffLayout')),
        children: [
          { path: 'spaces', lazy: area(() => import('../routes/staff/spaces/StaffSpaces')) },
          { path: 'calendar', lazy: area(() => import('../routes/staff/spaces/StaffCalendar')) },
          { path: 'events/:id', lazy: area(() => import('../routes/staff/spaces/StaffEvent')) },
          {
            path: 'committees',
            lazy: area(() => import('../routes/staff/committees/CommitteesPage')),
          },
          {
            path: 'projects/:id',
            lazy: area(() => import('../routes/staff/committees/StaffProjectPage')),
          },
          {
            path: 'budget-rounds',
            lazy: area(() => import('../routes/staff/budgets/BudgetRoundList')),
          },
          {
            path: 'budget-rounds/:id',
            lazy: area(() => import('../routes/staff/budgets/BudgetRoundDetail')),
          },
          {
            path: 'dashboard',
            lazy: area(() => import('../routes/staff/numbers/Dashboard')),
          },
          { path: 'audit', lazy: area(() => import('../routes/staff/numbers/AuditLog')) },
          { path: 'people', lazy: area(() => import('../routes/staff/numbers/StaffPeople')) },
          { index: true, lazy: area(() => import('../routes/staff/inbox/StaffInbox')) },
          // Inside the layout, so a member meets its not-allowed page at any /staff address.
          { path: '*', element: <NotFound /> },
        ],
      },
      // Committee members are often not staff: their reviews live outside /staff.
      { path: 'reviews', lazy: area(() => import('../routes/reviews/ReviewsPage')) },
      { path: '*', element: <NotFound /> },
    ],
  },
];
