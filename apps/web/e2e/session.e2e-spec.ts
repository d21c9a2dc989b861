import { existsSync } from 'node:fs';
import { PASSWORD, Person, SET_UP_MS } from '../../api/test/support';
import { CHROMIUM, DESKTOP, ParkConsole, PHONE, startConsole, Tab } from './support/console';

// Signing up, staying signed in across a reload with no token a script could read, the
// language switch (remembered here, and saved on the account when signed in), sign-out, the
// header on a phone, and the page for an unknown URL.

const inBrowser = existsSync(CHROMIUM) ? describe : describe.skip;

inBrowser('the session in the browser', () => {
  let park: ParkConsole;
  beforeAll(async () => {
    park = await startConsole();
  }, SET_UP_MS);
  afterAll(() => park?.close());

  async function signIn(tab: Tab, who: Person, labels = KOREAN): Promise<void> {
    await tab.goto('/sign-in');
    await tab.page.getByLabel(labels.email).fill(who.email);
    await tab.page.getByLabel(labels.password).fill(PASSWORD);
    await tab.page.getByRole('button', { name: labels.signIn }).click();
    await tab.page.getByRole('link', { name: who.displayName }).waitFor();
  }

  /** The header's rows as a reader sees them: its links and buttons, grouped by line. */
  async function headerRows(tab: Tab): Promise<{ rows: number; height: number }> {
    return (await tab.page.evaluate(`(() => {
      const header = document.querySelector('header.site-header');
      const boxes = [...header.querySelectorAll('a, button')]
        .map((element) => element.getBoundingClientRect())
        .filter((box) => box.width > 0 && box.height > 0)
        .sort((a, b) => a.top - b.top);
      const bottoms = [];
      for (const box of boxes) {
        if (!bottoms.some((bottom) => box.top < bottom - 4)) bottoms.push(box.bottom);
        else bottoms[bottoms.length - 1] = Math.max(bottoms[bottoms.length - 1], box.bottom);
      }
      return { rows: bottoms.length, height: header.getBoundingClientRect().height };
    })()`)) as { rows: number; height: number };
  }

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
    // Signed up, the console moves home (a reload before that would reload the sign-up page).
    await page.waitForURL(`${park.origin}/`);

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

  it('speaks the account’s saved language once signed in, and saves the switch on the account', async () => {
    const sky = await park.park.newUser({ displayName: 'Sky' });
    await park.api.graphql.ok('mutation { updateMe(input: { locale: "en" }) { id } }', {}, sky.as);
    const tab = await Tab.open(park);
    const { page } = tab;
    // A Korean console (the browser's and the default), an account saved as English.
    await signIn(tab, sky);
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');
    // Count only the switch: the home's own query may still be on its way.
    await page.waitForLoadState('networkidle');

    const saving = await tab.countingRequests(() =>
      page.getByRole('button', { name: '한국어' }).click(),
    );
    expect(saving).toEqual(['SaveLanguage']);
    await page.getByRole('button', { name: '로그아웃' }).waitFor();
    const saved = await park.api.graphql.ok<{ me: { locale: string } }>(
      'query { me { locale } }',
      {},
      sky.as,
    );
    expect(saved.me.locale).toBe('ko');

    // Signed out, English is only this browser's choice: signing in again brings Korean back.
    await page.getByRole('button', { name: '로그아웃' }).click();
    await page.getByRole('link', { name: '로그인' }).waitFor();
    const signedOut = await tab.countingRequests(() =>
      page.getByRole('button', { name: 'English' }).click(),
    );
    expect(signedOut).toEqual([]);
    await signIn(tab, sky, ENGLISH);
    await page.getByRole('button', { name: '로그아웃' }).waitFor();
    expect(await page.evaluate('document.documentElement.lang')).toBe('ko');
    await page.reload();
    await page.getByRole('button', { name: '로그아웃' }).waitFor();
    expect(tab.problems).toEqual([]);
    await tab.close();
  });

  it('keeps the header to two rows on a phone, the navigation behind a menu button', async () => {
    const member = await park.park.newUser({ displayName: '박서연 (청년 공방 대표)' });
    const tab = await Tab.open(park, PHONE);
    const { page } = tab;
    await signIn(tab, member);
    const menu = page.getByRole('button', { name: '메뉴' });
    const myBookings = page.getByRole('banner').getByRole('link', { name: '내 예약', exact: true });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await myBookings.count()).toBe(0);
    await tab.screenshot('header-phone');
    const shut = await headerRows(tab);
    expect(shut.rows).toBeLessThanOrEqual(2);
    expect(shut.height).toBeLessThanOrEqual(110);
    expect(await tab.accessibilityViolations()).toEqual([]);

    // By keyboard: the button opens the navigation, Escape shuts it and gives focus back.
    await menu.focus();
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('이해관계자');
    expect(await tab.accessibilityViolations()).toEqual([]);
    await tab.screenshot('header-phone-menu');
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate('document.activeElement.className')).toBe('menu-button');
    // A link followed shuts the menu.
    await menu.click();
    await myBookings.click();
    await page.getByRole('heading', { level: 1, name: '내 예약' }).waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('false');

    // On a wide screen the navigation is in the header's one row, with no menu button.
    await page.setViewportSize(DESKTOP);
    await myBookings.waitFor();
    expect(await menu.isVisible()).toBe(false);
    expect((await headerRows(tab)).rows).toBe(1);
    await tab.screenshot('header-desktop');
    expect(tab.problems).toEqual([]);
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

const KOREAN = { email: '이메일', password: '비밀번호', signIn: '로그인' };
const ENGLISH = { email: 'Email', password: 'Password', signIn: 'Sign in' };
