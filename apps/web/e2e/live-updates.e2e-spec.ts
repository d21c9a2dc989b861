import { existsSync } from 'node:fs';
import { SET_UP_MS } from '../../api/test/support';
import { at, midnightAhead, ROUND_THE_CLOCK } from '../../api/test/support/time';
import { CHROMIUM, ParkConsole, startConsole, Tab } from './support/console';
import { clean, signedIn } from './support/screens';

// Live updates (issue 20) in the browser, over the console's WebSocket: a manager's inbox counts
// rise as an application arrives, the applicant's badge as staff move it, and a space's week
// reads itself again when someone else books — none of them reloaded.

const TEST_MS = 180_000;
const inBrowser = existsSync(CHROMIUM) ? describe : describe.skip;

inBrowser('live updates, in the browser', () => {
  let park: ParkConsole;
  beforeAll(async () => {
    park = await startConsole();
  }, SET_UP_MS);
  afterAll(() => park?.close());

  const navCount = (tab: Tab) => tab.page.locator('[data-nav-count="applications"]').textContent();
  const badge = (tab: Tab) => tab.page.locator('#site-nav .badge');

  it(
    'raises the staff counts and the applicant’s badge as the application moves',
    async () => {
      const youth = await park.park.hub('youth-hub');
      const manager = await park.park.hubStaff(youth, 'MANAGER', { displayName: '라이브 매니저' });
      const stakeholder = await park.park.newStakeholder({ name: park.park.unique('라이브 모임') });

      const staff = await signedIn(park, manager);
      await staff.goto('/staff');
      await staff.page.getByRole('heading', { name: /회원 가입 신청/ }).waitFor();
      const before = Number(await navCount(staff));
      const applicant = await signedIn(park, stakeholder.owner);
      expect(await badge(applicant).count()).toBe(0);

      const membershipId = await park.park.apply(youth, stakeholder);
      await staff.page
        .locator(`[data-nav-count="applications"]:text-is("${before + 1}")`)
        .waitFor({ timeout: 10_000 });

      await park.api.graphql.ok(
        `mutation ($id: ID!) { startMembershipReview(id: $id) { id } }`,
        { id: membershipId },
        manager.as,
      );
      await badge(applicant).filter({ hasText: '1' }).waitFor({ timeout: 10_000 });
      clean(staff);
      clean(applicant);
      await staff.close();
      await applicant.close();
    },
    TEST_MS,
  );

  it(
    'reads a space’s week again when someone else books it',
    async () => {
      const youth = await park.park.hub('youth-hub');
      const room = await park.park.newSpace(youth, { openingHours: ROUND_THE_CLOCK });
      const watcher = await park.park.newUser({ label: 'watching-week' });
      const booker = await park.park.newUser({ label: 'booking-elsewhere' });
      const day = midnightAhead(2);

      const tab = await signedIn(park, watcher);
      await tab.goto(`/spaces/${room.id}`);
      await tab.page.getByRole('heading', { name: room.name }).waitFor();
      await tab.page.waitForLoadState('networkidle');
      const weeks = () => tab.graphqlRequests.filter((name) => name === 'SpaceWeek').length;
      const read = weeks();

      await park.api.graphql.ok(
        `mutation ($input: BookSpaceInput!) { bookSpace(input: $input) { id } }`,
        {
          input: {
            spaceId: room.id,
            startsAt: at(day, '10:00'),
            endsAt: at(day, '11:00'),
            purpose: 'Someone else’s meeting',
            attendees: 2,
          },
        },
        booker.as,
      );
      for (let tries = 0; weeks() === read && tries < 100; tries += 1) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(weeks()).toBe(read + 1);
      clean(tab);
      await tab.close();
    },
    TEST_MS,
  );
});
