import { existsSync } from 'node:fs';
import { PASSWORD, SET_UP_MS } from '../../api/test/support';
import { CHROMIUM, ParkConsole, PHONE, startConsole, Tab } from './support/console';

// Signing up, staying signed in across a reload with no token a script could read, the
// language switch, sign-out, and the page for an unknown URL.

const inBrowser = existsSync(CHROMIUM) ? describe : describe.skip;

inBrowser('the session in the browser', () => {
  let park: ParkConsole;
  beforeAll(async () => {
    park = await startConsole();
  }, SET_UP_MS);
  afterAll(() => park?.close());

  it('signs up, survives a reload without a readable refresh token, and signs out', async () => {
    const tab = await Tab.open(park);
    const { page } = tab;
    await tab.goto('/sign-up');
    expect(await tab.accessibilityViolations()).toEqual([]);
    await tab.screenshot('sign-up');
    await page.getByLabel('이름').fill('김하늘');
    await page.getByLabel('이메일').fill('haneul@example.org');
    await page.getByLabel('비밀번호').fill('a long enough password');
    await page.getByRole('button', { name: '회원가입' }).click();
    await page.getByRole('link', { name: '김하늘' }).waitFor();

    await page.reload();
    await page.getByRole('link', { name: '김하늘' }).waitFor();
    const readable = await page.evaluate(
      '({ cookie: document.cookie, local: JSON.stringify(localStorage), session: JSON.stringify(sessionStorage) })',
    );
    expect(JSON.stringify(readable)).not.toMatch(/park_refresh|refresh|eyJ/);

    await page.getByRole('button', { name: '로그아웃' }).click();
    await page.getByRole('link', { name: '로그인' }).waitFor();
    await page.reload();
    await page.getByRole('link', { name: '로그인' }).waitFor();
    expect(await page.getByRole('link', { name: '김하늘' }).count()).toBe(0);
    expect(tab.foreignRequests()).toEqual([]);
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  it('signs in with the labels of the language chosen, and remembers the choice', async () => {
    const river = await park.park.newUser({ displayName: 'River' });
    const tab = await Tab.open(park, PHONE);
    const { page } = tab;
    await tab.goto('/sign-in');
    await page.getByRole('button', { name: 'English' }).click();
    await page.reload();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Sign in');
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');
    await page.getByLabel('Email').fill(river.email);
    await page.getByLabel('Password').fill('a wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').waitFor();
    // What was typed stays after an error.
    expect(await page.getByLabel('Email').inputValue()).toBe(river.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'River' }).waitFor();
    expect(await tab.accessibilityViolations()).toEqual([]);
    await tab.screenshot('park-home-phone');
    await tab.close();
  });

  it('shows a not-found page for an unknown address', async () => {
    const tab = await Tab.open(park);
    await tab.goto('/no-such-place');
    await tab.page.getByRole('heading', { name: '페이지를 찾을 수 없습니다' }).waitFor();
    expect(await tab.accessibilityViolations()).toEqual([]);
    await tab.close();
  });
});
