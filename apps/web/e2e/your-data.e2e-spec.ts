import { JobWorker } from '@park/platform/jobs';
import JSZip from 'jszip';
import { existsSync } from 'node:fs';
import request from 'supertest';
import { PASSWORD, SET_UP_MS } from '../../api/test/support';
import { CHROMIUM, ParkConsole, PHONE, startConsole } from './support/console';
import { checkBothSizes, clean, signedIn } from './support/screens';

// "Your data" on /account (issue 18): a person asks for everything the park holds about them,
// sees the file become ready without reloading, downloads the ZIP; and erases their account,
// after which that e-mail and password sign no one in.

const TEST_MS = 180_000;
const inBrowser = existsSync(CHROMIUM) ? describe : describe.skip;

inBrowser('your data, in the browser', () => {
  let park: ParkConsole;
  beforeAll(async () => {
    park = await startConsole();
    await park.park.hub('youth-hub');
    // The export is a background job: this API's worker builds it.
    await park.api.app.get(JobWorker).start();
  }, SET_UP_MS);
  afterAll(() => park?.close());

  it(
    'builds the download while the page waits, and the ZIP holds the person’s account',
    async () => {
      const person = await park.park.newUser({ label: 'my-data' });
      const tab = await signedIn(park, person, PHONE);
      await tab.goto('/account#your-data');
      const section = tab.page.getByRole('region', { name: '내 데이터', exact: true });
      await section.getByRole('button', { name: '내려받기 준비' }).click();

      // Ready without a reload: the list looks again while a file is being built.
      const link = section.getByRole('link', { name: '내려받기' });
      await link.waitFor({ timeout: 60_000 });
      await section.getByRole('cell', { name: '준비됨' }).waitFor();
      await checkBothSizes(tab, 'account-your-data-ready');

      // The link is absolute on PUBLIC_URL; this test's API listens elsewhere, so its path is
      // fetched here, with the browser's own cookies and none of the page's tokens.
      const href = new URL((await link.getAttribute('href'))!);
      const file = await tab.context.request.get(`${park.origin}${href.pathname}${href.search}`);
      expect([file.status(), file.headers()['content-type']]).toEqual([200, 'application/zip']);
      const zip = await JSZip.loadAsync(await file.body());
      expect(Object.keys(zip.files)).toEqual(
        expect.arrayContaining(['README.txt', 'account.json', 'account.csv']),
      );
      const account = await zip.file('account.json')!.async('string');
      expect(account).toContain(person.email);
      clean(tab);
      await tab.close();
    },
    TEST_MS,
  );

  it(
    'erases the account with its password, signs out, and the old sign-in fails',
    async () => {
      const person = await park.park.newUser({ label: 'leaving' });
      const tab = await signedIn(park, person);
      await tab.goto('/account#your-data');
      const form = tab.page.getByRole('form', { name: '계정 삭제' });
      await form.getByLabel('확인을 위한 비밀번호').fill('not the password at all');
      await form.getByRole('button', { name: '계정 영구 삭제' }).click();
      await form.getByText('비밀번호가 맞지 않습니다.').waitFor();
      expect(
        (await park.api.prisma.user.findUniqueOrThrow({ where: { id: person.id } })).erasedAt,
      ).toBeNull();

      await form.getByLabel('확인을 위한 비밀번호').fill(PASSWORD);
      await form.getByRole('button', { name: '계정 영구 삭제' }).click();
      await tab.page.getByRole('link', { name: '로그인' }).first().waitFor();
      expect(new URL(tab.page.url()).pathname).toBe('/');
      const erased = await park.api.prisma.user.findUniqueOrThrow({ where: { id: person.id } });
      expect(erased.erasedAt).not.toBeNull();
      expect(erased.email).not.toBe(person.email);

      const signIn = await request(park.api.app.getHttpServer())
        .post('/graphql')
        .send({
          query: `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`,
          variables: { input: { email: person.email, password: PASSWORD } },
        });
      expect(signIn.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      clean(tab);
      await tab.close();
    },
    TEST_MS,
  );
});
