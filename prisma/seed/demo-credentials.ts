import { DEMO_PASSWORD } from './park-people';

/**
 * Demo sign-ins for a newcomer's local park (README lists them). Used only when `npm start`
 * seeds an empty database and SEED_ADMIN_EMAIL / SEED_ADMIN_PASSWORD are not set.
 */
export const DEMO_ADMIN = {
  email: 'admin@parkcommons.example',
  password: DEMO_PASSWORD,
  displayName: 'Park Commons Admin',
};
