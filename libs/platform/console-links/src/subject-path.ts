// Where the web console shows what a notification is about: one mapping for the console's
// inbox links and the API's e-mails, so the two never disagree. Plain TypeScript with no
// imports: the console (Vite) and the API (Nest) both compile it. Routes: apps/web/src/app/routes.tsx.

/** A notification's subject as both sides know it (the console's fragment has this shape). */
export interface LinkedSubject {
  __typename: string;
  id: string;
  hub?: { slug: string } | null;
  space?: { id: string } | null;
}

/** The console path of a subject; null when it has none (or is gone). */
export function subjectPath(subject: LinkedSubject | null | undefined): string | null {
  switch (subject?.__typename) {
    case 'Stakeholder':
      return `/stakeholders/${subject.id}`;
    case 'Membership':
    case 'Committee':
      return subject.hub ? `/hubs/${subject.hub.slug}` : null;
    case 'Booking':
      return subject.space ? `/spaces/${subject.space.id}` : null;
    case 'Event':
      return `/events/${subject.id}`;
    case 'Partnership':
      return `/partnerships/${subject.id}`;
    case 'Project':
      return `/projects/${subject.id}`;
    case 'BudgetRound':
      return `/budget-rounds/${subject.id}`;
    // Accepted or declined on the home page, where the invitee's pending ones are listed.
    case 'StakeholderInvitation':
      return '/#invitations';
    // Downloaded from the account page, where the person's exports are listed.
    case 'DataExport':
      return '/account#your-data';
    default:
      return null;
  }
}

/** The console's own pages that mail links to. */
export const CONSOLE_PAGES = {
  account: '/account',
  /** The mail preferences section of /account (MailPreferences.tsx carries the anchor). */
  mailPreferences: '/account#mail',
  notifications: '/notifications',
} as const;
