/**
 * Demo sign-ins for a newcomer's local park (README lists them). Used only when `npm start`
 * seeds an empty database and SEED_ADMIN_EMAIL / SEED_ADMIN_PASSWORD are not set.
 */
export const DEMO_ADMIN = {
  email: 'admin@parkcommons.example',
  password: 'park-commons-demo',
  displayName: 'Park Commons Admin',
};
