import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { Hub, Member, Person, SET_UP_MS } from '../../api/test/support';
import { checkBothSizes, clean, firstView, signedIn } from './support/screens';
import { CHROMIUM, ParkConsole, startConsole } from './support/console';

// The staff console's budget rounds in the browser: a park admin creates an Equal Shares round,
// opens it, enters three approved projects, starts voting, closes it after four members voted
// through the API, and tallies it; the results page and its CSV download carry exactly the
// API's figures, and the public page gives the same reasons. A member gets the not-allowed page
// and the API refuses them. axe and screenshots at 1440 and 390 px on each screen.

const inBrowser = existsSync(CHROMIUM) ? describe : describe.skip;
// One story drives a round through five moves with axe at two sizes on a shared, loaded machine.
const STORY_MS = 480_000;

type ApiResult = {
  votes: number;
  funded: boolean;
  amount: number;
  project: { id: string; title: string };
  explanation: {
    code: string;
    rank: number;
    cost: number | null;
    budgetLeft: number | null;
    sharePaidMax: number | null;
    sharePaidMin: number | null;
  };
};

const won = new Intl.NumberFormat('ko-KR', { style: 'currency', currency: 'KRW' });

inBrowser('staff: budget rounds in the browser', () => {
  let park: ParkConsole;
  let hub: Hub;
  let committeeId: string;
  let admin: Person;
  beforeAll(async () => {
    park = await startConsole();
    hub = await park.park.hub('youth-hub');
    admin = await park.park.parkAdmin();
    const reviewer = await park.park.newUser({ label: 'reviewer' });
    const { createCommittee } = await staff<{ createCommittee: { id: string } }>(
      `mutation ($input: CreateCommitteeInput!) { createCommittee(input: $input) { id } }`,
      { input: { hubId: hub.id, name: park.park.unique('Committee'), kind: 'MIXED' } },
    );
    committeeId = createCommittee.id;
    await staff(
      `mutation ($c: ID!, $u: ID!) { addCommitteeMember(committeeId: $c, userId: $u) { id } }`,
      { c: committeeId, u: reviewer.id },
    );
  }, SET_UP_MS);
  afterAll(() => park?.close());

  async function staff<T = unknown>(query: string, variables: Record<string, unknown>) {
    return park.api.graphql.ok<T>(query, variables, (await park.park.manager(hub)).as);
  }

  /** An APPROVED project of `lead` asking for `budget` won. */
  async function approvedProject(lead: Member, title: string, budget: number) {
    const { proposeProject } = await park.api.graphql.ok<{ proposeProject: { id: string } }>(
      `mutation ($input: ProposeProjectInput!) { proposeProject(input: $input) { id } }`,
      {
        input: {
          hubId: hub.id,
          leadStakeholderId: lead.id,
          title,
          summary: `${title}: made with the young people of Eunpyeong, in the park's rooms.`,
          requestedBudget: budget,
        },
      },
      lead.owner.as,
    );
    const p = proposeProject.id;
    await staff(
      `mutation ($p: ID!, $c: ID!) { assignProjectReview(projectId: $p, committeeId: $c) { id } }`,
      { p, c: committeeId },
    );
    await staff(
      `mutation ($p: ID!) { decideProject(projectId: $p, decision: APPROVE, note: "Go ahead") { id } }`,
      { p },
    );
    return p;
  }

  it(
    'runs a round from creation to tally; the results page and its CSV match the API',
    async () => {
      const lead = await park.park.newMember(hub);
      const titles = ['동네 수리 카페', '청소년 코딩 교실', '어르신 산책 지도'];
      const [P1, P2, P3] = [
        await approvedProject(lead, titles[0], 12_000_000),
        await approvedProject(lead, titles[1], 10_000_000),
        await approvedProject(lead, titles[2], 5_000_000),
      ];
      const tab = await signedIn(park, admin);
      const { page } = tab;
      const roundStatus = (label: string) =>
        page
          .locator('.entity-header .status')
          .filter({ hasText: new RegExp(`^${label}$`) })
          .waitFor();

      // The list, and a new Equal Shares round of ₩20,000,000 (1–2 choices, any voter).
      await firstView(
        tab,
        '/staff/budget-rounds',
        () => page.getByRole('heading', { name: '주민참여예산 회차' }).waitFor(),
        'staff-budget-rounds',
      );
      await page.getByLabel('허브', { exact: true }).selectOption(hub.slug);
      const title = '2031 청년 주민참여예산';
      await page.getByLabel('회차 이름').fill(title);
      await page.getByLabel('총예산(원)').fill('20000000');
      await page.getByLabel('최소 선택 수').fill('1');
      await page.getByLabel('최대 선택 수').fill('0');
      await page.getByRole('button', { name: '회차 만들기' }).click();
      // A bad figure is said next to its field; nothing is sent.
      await page.getByText('선택 수는 1에서 50 사이의 정수로 적어 주세요.').waitFor();
      await page.getByLabel('최대 선택 수').fill('2');
      await page.getByLabel('집계 방식').selectOption('EQUAL_SHARES');
      await page.getByLabel('이메일을 인증한 사람만 투표').uncheck();
      await page.getByRole('button', { name: '회차 만들기' }).click();
      await page.getByRole('heading', { name: title }).waitFor();
      const roundId = page.url().split('/').pop() ?? '';
      await roundStatus('준비 중');
      await checkBothSizes(tab, 'staff-budget-round-draft');

      // Open it, enter the three projects, start voting: each button as availableActions say.
      expect(await page.getByRole('button', { name: '투표 시작' }).count()).toBe(0);
      await page.getByRole('button', { name: '제안 접수 시작' }).click();
      await roundStatus('제안 접수 중');
      await page.getByRole('button', { name: '프로젝트 넣기' }).click();
      for (const name of titles) {
        await page.getByRole('button', { name: `${name} 회차에 넣기` }).click();
        await page.getByRole('link', { name }).waitFor();
      }
      await page.getByText('넣을 수 있는 승인된 프로젝트가 없습니다.').waitFor();
      await page.getByRole('heading', { name: '참여 프로젝트 (3개)' }).waitFor();
      await checkBothSizes(tab, 'staff-budget-round-open');
      await page.getByRole('button', { name: '투표 시작' }).click();
      await roundStatus('투표 중');

      // Four members vote through the API. Equal shares, ₩5,000,000 each: P3 is bought at
      // ₩2,500,000 a supporter; nothing else is affordable; the ₩15,000,000 left funds P1
      // (first of the 2-vote ties) and cannot pay for P2.
      for (const choice of [[P1], [P1, P3], [P2], [P2, P3]]) {
        const voter = await park.park.newUser({ label: 'voter' });
        await park.api.graphql.ok(
          `mutation ($r: ID!, $p: [ID!]!) { castBallot(roundId: $r, projectIds: $p) { ballot { id } } }`,
          { r: roundId, p: choice },
          voter.as,
        );
      }
      await page.getByRole('button', { name: '투표 마감' }).click();
      await page.getByRole('button', { name: '집계하고 결과 발표' }).waitFor();
      await page.getByRole('button', { name: '집계하고 결과 발표' }).click();
      await page.getByRole('heading', { name: '결과', exact: true }).waitFor();
      expect(await page.getByRole('button', { name: '집계하고 결과 발표' }).count()).toBe(0);

      const { budgetRound } = await park.api.graphql.ok<{
        budgetRound: { status: string; results: ApiResult[] };
      }>(
        `query ($id: ID!) { budgetRound(id: $id) { status results { votes funded amount
          project { id title }
          explanation { code rank cost budgetLeft sharePaidMax sharePaidMin } } } }`,
        { id: roundId },
      );
      expect(budgetRound.status).toBe('TALLIED');
      expect(budgetRound.results.map((r) => [r.project.id, r.explanation.code])).toEqual([
        [P1, 'FUNDED_FROM_LEFTOVER'],
        [P2, 'NOT_FUNDED_SHARES_SHORT'],
        [P3, 'FUNDED_BY_EQUAL_SHARES'],
      ]);

      // The results page, opened afresh, shows the API's figures row for row.
      await firstView(
        tab,
        `/staff/budget-rounds/${roundId}`,
        () => page.getByRole('heading', { name: '결과', exact: true }).waitFor(),
        'staff-budget-round-results',
      );
      const rows = page.locator('table.staff-results tbody tr');
      const shown = await rows.evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')),
      );
      const paid = (r: ApiResult) =>
        r.explanation.sharePaidMax === null
          ? ''
          : r.explanation.sharePaidMin === r.explanation.sharePaidMax
            ? won.format(r.explanation.sharePaidMax)
            : `${won.format(r.explanation.sharePaidMin ?? 0)} – ${won.format(r.explanation.sharePaidMax)}`;
      expect(shown.map((cells) => cells.slice(0, 6))).toEqual(
        budgetRound.results.map((r) => [
          String(r.explanation.rank),
          r.project.title,
          String(r.votes),
          r.funded ? '선정' : '미선정',
          won.format(r.amount),
          paid(r),
        ]),
      );
      const reasons = shown.map((cells) => cells[6]);
      expect(reasons).toEqual([
        '선정: 득표 1위(2표)이고, 균등 배분 후 남은 예산 ₩15,000,000으로 필요 금액 ₩12,000,000을 충당했습니다',
        '미선정: 지지자들의 균등 배분 몫으로는 모자랐고, 균등 배분 후 남은 예산도 ₩3,000,000뿐이었습니다. 필요 금액은 ₩10,000,000입니다',
        '균등 배분으로 선정: 지지자 2명이 각자 ₩2,500,000씩 내어 필요 금액 ₩5,000,000을 모았습니다',
      ]);
      await page.getByText('프로젝트 3개 중 2개 선정, 배정액 합계 ₩17,000,000').waitFor();

      // The CSV download: the same rows, figures in whole won.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: '결과 CSV 내려받기' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`${title}.csv`);
      const text = await readFile(await download.path(), 'utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      const csv = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
      expect(csv[0]).toEqual([
        '순위',
        '프로젝트 ID',
        '프로젝트',
        '득표',
        '선정(1/0)',
        '배정액(원)',
        '필요 금액(원)',
        '차례의 남은 예산(원)',
        '지지자 1인 최소 부담(원)',
        '지지자 1인 최대 부담(원)',
        '사유 코드',
        '사유',
      ]);
      const figure = (value: number | null) => (value === null ? '' : String(value));
      expect(csv.slice(1)).toEqual(
        budgetRound.results.map((r, index) => [
          String(r.explanation.rank),
          r.project.id,
          r.project.title,
          String(r.votes),
          r.funded ? '1' : '0',
          String(r.amount),
          figure(r.explanation.cost),
          figure(r.explanation.budgetLeft),
          figure(r.explanation.sharePaidMin),
          figure(r.explanation.sharePaidMax),
          r.explanation.code,
          reasons[index],
        ]),
      );

      // The public page gives the same reasons, in Korean, from the same data.
      await tab.goto(`/budget-rounds/${roundId}`);
      await page.getByRole('heading', { name: '결과', exact: true }).waitFor();
      const publicReasons = await page
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => tr.querySelector('td:last-child')?.textContent));
      expect(publicReasons).toEqual(reasons);
      clean(tab);
      await tab.close();
    },
    STORY_MS,
  );

  it(
    'shows a member the not-allowed page on both routes, and the API refuses them',
    async () => {
      const member = await park.park.newMember(hub);
      const { createBudgetRound } = await staff<{ createBudgetRound: { id: string } }>(
        `mutation ($input: CreateBudgetRoundInput!) { createBudgetRound(input: $input) { id } }`,
        {
          input: {
            hubId: hub.id,
            title: '2032 예산',
            totalBudget: 1_000_000,
            maxSelections: 1,
            tallyMethod: 'GREEDY',
          },
        },
      );
      const tab = await signedIn(park, member.owner);
      const { page } = tab;
      for (const [route, name] of [
        ['/staff/budget-rounds', 'staff-budget-rounds-member'],
        [`/staff/budget-rounds/${createBudgetRound.id}`, 'staff-budget-round-member'],
      ]) {
        await firstView(
          tab,
          route,
          () => page.getByRole('heading', { name: '파크 운영진 전용' }).waitFor(),
          name,
        );
        expect(await page.getByRole('button', { name: '제안 접수 시작' }).count()).toBe(0);
      }
      const refusals = await Promise.all([
        park.api.graphql.errorCode(
          `mutation ($input: CreateBudgetRoundInput!) { createBudgetRound(input: $input) { id } }`,
          {
            input: {
              hubId: hub.id,
              title: 'Not mine',
              totalBudget: 1_000_000,
              maxSelections: 1,
              tallyMethod: 'GREEDY',
            },
          },
          member.owner.as,
        ),
        park.api.graphql.errorCode(
          `mutation ($id: ID!) { openBudgetRound(id: $id) { id } }`,
          { id: createBudgetRound.id },
          member.owner.as,
        ),
      ]);
      expect(refusals.map((error) => error.extensions.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
      clean(tab);
      await tab.close();
    },
    STORY_MS,
  );
});
