import { PASSWORD, Person } from '../../../api/test/support';
import { DESKTOP, ParkConsole, PHONE, Tab } from './console';

// What every screen's browser test checks the same way: signing in through the form, a first
// view's request budget, axe and screenshots at both sizes, and a tab that stayed clean.

/** A tab signed in through the sign-in form, once the park's home has settled. */
export async function signedIn(park: ParkConsole, person: Person, viewport = DESKTOP) {
  const tab = await Tab.open(park, viewport);
  await tab.goto('/sign-in');
  await tab.page.getByLabel('이메일').fill(person.email);
  await tab.page.getByLabel('비밀번호').fill(PASSWORD);
  await tab.page.getByRole('button', { name: '로그인' }).click();
  await tab.page.getByRole('link', { name: person.displayName }).waitFor();
  // Sign-in lands on the park's home: let its hubs arrive before any screen is counted.
  await tab.page.locator('.cards .card').first().waitFor();
  await tab.page.waitForLoadState('networkidle');
  return tab;
}

/** A first view: ≤ 2 GraphQL requests (resuming the session included), then both sizes. */
export async function firstView(
  tab: Tab,
  route: string,
  ready: () => Promise<unknown>,
  name: string,
) {
  const requests = await tab.countingRequests(async () => {
    await tab.goto(route);
    await ready();
  });
  // Named on failure: which operations the first view sent.
  expect(requests.length <= 2 ? 'at most two' : requests).toBe('at most two');
  await checkBothSizes(tab, name);
}

/** axe (no serious or critical findings) and a screenshot at 1440 px and at 390 px. */
export async function checkBothSizes(tab: Tab, name: string) {
  await tab.page.setViewportSize(DESKTOP);
  expect(await tab.accessibilityViolations()).toEqual([]);
  await tab.screenshot(`${name}-1440`);
  await tab.page.setViewportSize(PHONE);
  expect(await tab.accessibilityViolations()).toEqual([]);
  await tab.screenshot(`${name}-390`);
  await tab.page.setViewportSize(DESKTOP);
}

/** Nothing fetched from another origin, no console errors or failed requests. */
export function clean(tab: Tab) {
  expect(tab.foreignRequests()).toEqual([]);
  expect(tab.problems).toEqual([]);
}
