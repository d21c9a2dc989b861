import { existsSync } from 'node:fs';
import { SET_UP_MS } from '../../api/test/support';
import { CHROMIUM, ParkConsole, PHONE, startConsole } from './support/console';
import { checkBothSizes, clean, firstView, signedIn } from './support/screens';

// The mail section of /account, where every mail's "preferences" link lands (/account#mail):
// a cadence and the digests' time zone are saved in place, a bad zone is refused next to its
// field, and both are kept after a reload.

const TEST_MS = 180_000;
const inBrowser = existsSync(CHROMIUM) ? describe : describe.skip;

inBrowser('mail preferences in the browser', () => {
  let park: ParkConsole;
  beforeAll(async () => {
    park = await startConsole();
    // The park's home, where signing in lands, lists its hubs.
    await park.park.hub('youth-hub');
  }, SET_UP_MS);
  afterAll(() => park?.close());

  it(
    'changes how a kind comes by e-mail and the time zone, and finds both kept after a reload',
    async () => {
      const person = await park.park.newUser({ label: 'mail-reader' });
      const tab = await signedIn(park, person);
      const approved = tab.page.getByLabel('멤버십이 승인됨', { exact: true });
      const zone = tab.page.getByLabel('내 시간대', { exact: true });

      await firstView(
        tab,
        '/account#mail',
        () => tab.page.getByRole('heading', { name: '이메일', exact: true }).waitFor(),
        'mail-preferences',
      );
      expect(await approved.inputValue()).toBe('IMMEDIATE');
      expect(await zone.inputValue()).toBe('Asia/Seoul');

      const saving = await tab.countingRequests(async () => {
        await approved.selectOption('WEEKLY');
      });
      expect(saving).toEqual(['SetMailPreference']);
      await tab.page
        .getByRole('status')
        .getByText('저장했습니다: ‘멤버십이 승인됨’ — 매주 모아서 (월요일).')
        .waitFor();

      await zone.fill('Mars/Olympus');
      await tab.page.getByRole('button', { name: '시간대 저장' }).click();
      await tab.page.locator('.field-error').waitFor();
      expect(await zone.getAttribute('aria-invalid')).toBe('true');
      await zone.fill('Europe/Berlin');
      await tab.page.getByRole('button', { name: '시간대 저장' }).click();
      await tab.page.getByRole('status').getByText('Europe/Berlin', { exact: false }).waitFor();

      await tab.page.reload();
      await tab.page.getByRole('heading', { name: '이메일', exact: true }).waitFor();
      await approved.waitFor();
      expect(await approved.inputValue()).toBe('WEEKLY');
      expect(await zone.inputValue()).toBe('Europe/Berlin');
      const kept = await park.api.prisma.user.findUniqueOrThrow({ where: { id: person.id } });
      expect(kept.timeZone).toBe('Europe/Berlin');
      await checkBothSizes(tab, 'mail-preferences-saved');
      clean(tab);
      await tab.close();
    },
    TEST_MS,
  );

  it(
    'opens at the mail section on a phone, from the link every mail carries',
    async () => {
      const person = await park.park.newUser({ label: 'phone-reader' });
      const tab = await signedIn(park, person, PHONE);
      await tab.goto('/account#mail');
      await tab.page.getByLabel('멤버십이 승인됨', { exact: true }).waitFor();
      // Below the name and password forms: in view only because the page scrolled to it.
      await tab.page.waitForFunction(
        `window.scrollY > 0 && document.getElementById('mail').getBoundingClientRect().top < window.innerHeight`,
      );
      clean(tab);
      await tab.close();
    },
    TEST_MS,
  );
});
