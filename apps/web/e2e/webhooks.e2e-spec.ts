import { existsSync } from 'node:fs';
import { PASSWORD, Person, SET_UP_MS } from '../../api/test/support';
import { CHROMIUM, ParkConsole, startConsole, Tab } from './support/console';

// A stakeholder's owner keeps its webhooks on its profile (issue 19): opens the section, adds
// one, sees the signing secret once and the webhook in the list.

const TEST_MS = 180_000;
const inBrowser = existsSync(CHROMIUM) ? describe : describe.skip;

inBrowser('webhooks on the stakeholder profile in the browser', () => {
  let park: ParkConsole;
  beforeAll(async () => {
    park = await startConsole();
  }, SET_UP_MS);
  afterAll(() => park?.close());

  async function signIn(tab: Tab, who: Person): Promise<void> {
    await tab.goto('/sign-in');
    await tab.page.getByLabel('이메일').fill(who.email);
    await tab.page.getByLabel('비밀번호').fill(PASSWORD);
    await tab.page.getByRole('button', { name: '로그인' }).click();
    await tab.page.getByRole('link', { name: who.displayName }).waitFor();
  }

  it(
    'the owner adds a webhook and sees its secret once',
    async () => {
      const stakeholder = await park.park.newStakeholder({ name: 'Webhook Commons' });
      const owner = await Tab.open(park);
      await signIn(owner, stakeholder.owner);
      await owner.goto(`/stakeholders/${stakeholder.id}`);
      await owner.page.getByRole('button', { name: '웹훅 보기' }).click();
      await owner.page.getByText('아직 웹훅이 없습니다.').waitFor();
      await owner.page.getByLabel('받는 주소 (https)').fill('https://93.184.215.14/hooks');
      await owner.page.getByLabel('membership.approved').check();
      const creating = await owner.countingRequests(() =>
        owner.page.getByRole('button', { name: '웹훅 추가' }).click(),
      );
      await owner.page.getByText('서명 비밀키는 지금만 보입니다', { exact: false }).waitFor();
      await owner.page.getByText(/^whsec_/).waitFor();
      await owner.page.getByText('https://93.184.215.14/hooks', { exact: true }).waitFor();
      expect(creating[0]).toBe('CreateStakeholderWebhook');
      expect(await owner.accessibilityViolations()).toEqual([]);
    },
    TEST_MS,
  );
});
