import { existsSync } from 'node:fs';
import { Hub, Member, SET_UP_MS } from '../../api/test/support';
import { checkBothSizes, clean, firstView, signedIn } from './support/screens';
import { CHROMIUM, ParkConsole, PHONE, startConsole, Tab } from './support/console';

// Partnerships, projects and participatory budgeting in the browser: a DATA partnership
// proposed and accepted by two people in their own tabs with a comment between them, a
// project proposed and worked on, a ballot cast and changed, and a tallied round's results.
// Everything is built with the API factories; each main screen is checked with axe at 1440
// and 390 px, screenshotted, and costs at most two GraphQL requests on its first view.

const inBrowser = existsSync(CHROMIUM) ? describe : describe.skip;
// Each story drives two sizes of axe and screenshots on a shared, loaded machine.
const STORY_MS = 240_000;

inBrowser('partnerships, projects and budgeting in the browser', () => {
  let park: ParkConsole;
  let hub: Hub;
  let committeeId: string;
  beforeAll(async () => {
    park = await startConsole();
    hub = await park.park.hub('youth-hub');
    const manager = await park.park.manager(hub);
    const reviewer = await park.park.newUser({ label: 'reviewer' });
    const { createCommittee } = await park.api.graphql.ok<{ createCommittee: { id: string } }>(
      `mutation ($input: CreateCommitteeInput!) { createCommittee(input: $input) { id } }`,
      { input: { hubId: hub.id, name: park.park.unique('Committee'), kind: 'MIXED' } },
      manager.as,
    );
    committeeId = createCommittee.id;
    await staff(
      `mutation ($c: ID!, $u: ID!) { addCommitteeMember(committeeId: $c, userId: $u) { id } }`,
      {
        c: committeeId,
        u: reviewer.id,
      },
    );
  }, SET_UP_MS);
  afterAll(() => park?.close());

  async function staff(query: string, variables: Record<string, unknown>) {
    return park.api.graphql.ok(query, variables, (await park.park.manager(hub)).as);
  }

  /** A project of `lead` driven by the hub's manager to APPROVED (or on to IN_PROGRESS). */
  async function project(lead: Member, title: string, budget: number, running = false) {
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
    const id = proposeProject.id;
    await approve(id);
    if (running) await run(id, lead, budget);
    return id;
  }
  async function approve(id: string) {
    await staff(
      `mutation ($p: ID!, $c: ID!) { assignProjectReview(projectId: $p, committeeId: $c) { id } }`,
      {
        p: id,
        c: committeeId,
      },
    );
    await staff(
      `mutation ($p: ID!) { decideProject(projectId: $p, decision: APPROVE, note: "Go ahead") { id } }`,
      {
        p: id,
      },
    );
  }
  async function run(id: string, lead: Member, budget: number) {
    await staff(
      `mutation ($p: ID!, $a: Won!) { allocateFunding(projectId: $p, source: MUNICIPAL_BUDGET, amount: $a) { id } }`,
      { p: id, a: budget },
    );
    await park.api.graphql.ok(
      `mutation ($id: ID!) { startProject(id: $id) { id } }`,
      { id },
      lead.owner.as,
    );
  }

  it(
    'proposes a DATA partnership, the partner accepts in their own tab, and a comment appears',
    async () => {
      const proposer = await park.park.newStakeholder({ name: park.park.unique('청년데이터랩') });
      const partner = await park.park.newStakeholder({ name: park.park.unique('은평마을연구소') });
      const tab = await signedIn(park, proposer.owner);
      const { page } = tab;
      await firstView(
        tab,
        '/partnerships/new',
        () => page.getByRole('heading', { name: '파트너십 제안' }).waitFor(),
        'partnership-new',
      );

      await page.getByLabel('종류').selectOption('DATA');
      await page.getByLabel('파트너 찾기').fill(partner.name);
      await page.getByRole('radio', { name: partner.name }).check();
      await page.getByLabel('제목').fill('청년 이동 데이터 공유');
      await page
        .getByLabel('함께 할 일')
        .fill('은평구 청년의 이동 데이터를 함께 분석해 정책 제안을 만듭니다.');
      await page.getByRole('button', { name: '파트너십 제안하기' }).click();
      // The terms are required for DATA: the form says so next to the field and keeps the rest.
      await page.getByText('데이터셋을 하나 이상 적어 주세요.').waitFor();
      expect(await page.getByLabel('제목').inputValue()).toBe('청년 이동 데이터 공유');
      await page.getByLabel('공유하는 데이터셋').fill('따릉이 대여 기록\n버스 승하차 통계');
      await page.getByLabel('데이터를 공유하는 목적').fill('청년 이동 패턴 분석');
      await checkBothSizes(tab, 'partnership-new-data');
      await page.getByRole('button', { name: '파트너십 제안하기' }).click();
      await page.getByRole('heading', { name: '청년 이동 데이터 공유' }).waitFor();
      const id = new URL(page.url()).pathname.split('/').pop() ?? '';
      expect(await page.locator('.entity-header .status').textContent()).toBe('제안됨');
      expect(await page.getByText('버스 승하차 통계').count()).toBe(1);
      // The proposer may withdraw but not accept.
      expect(await page.getByRole('button', { name: '수락' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: '철회' }).count()).toBe(1);

      const partnerTab = await signedIn(park, partner.owner, PHONE);
      const other = partnerTab.page;
      await firstView(
        partnerTab,
        `/partnerships/${id}`,
        () => other.getByRole('heading', { name: '청년 이동 데이터 공유' }).waitFor(),
        'partnership-page',
      );
      await other.getByRole('button', { name: '수락' }).click();
      await other.locator('.entity-header .status', { hasText: '합의됨' }).waitFor();
      expect(await other.getByRole('button', { name: '수락' }).count()).toBe(0);
      const sent = await partnerTab.countingRequests(async () => {
        await other
          .getByLabel('댓글', { exact: true })
          .fill('좋습니다. 다음 주에 데이터 목록을 보내 주세요.');
        await other.getByRole('button', { name: '댓글 달기' }).click();
        await other
          .locator('.comments li', { hasText: '좋습니다. 다음 주에 데이터 목록을 보내 주세요.' })
          .waitFor();
      });
      // The payload brings the thread: no refetch after the comment.
      expect(sent).toEqual(['AddPartnershipComment']);
      expect(await other.locator('.notice-problem').count()).toBe(0);
      // A comment sent empties the box for the next one.
      await other.waitForFunction("document.querySelector('.comment-form textarea').value === ''");

      await page.reload();
      await page
        .locator('.comments li', { hasText: '좋습니다. 다음 주에 데이터 목록을 보내 주세요.' })
        .waitFor();
      expect(await page.locator('.entity-header .status').textContent()).toBe('합의됨');
      expect(await page.locator('.timeline li').count()).toBe(2);
      await checkBothSizes(tab, 'partnership-page-agreed');
      clean(tab);
      clean(partnerTab);
      await tab.close();
      await partnerTab.close();
    },
    STORY_MS,
  );

  it(
    'proposes a project, then works on it: milestones and outcomes',
    async () => {
      const lead = await park.park.newMember(hub);
      const tab = await signedIn(park, lead.owner);
      const { page } = tab;
      await firstView(
        tab,
        '/projects/new',
        () => page.getByRole('heading', { name: '프로젝트 제안' }).waitFor(),
        'project-new',
      );
      await page.getByLabel('제목').fill('청년 첫 일자리 지도');
      await page
        .getByLabel('프로젝트 내용')
        .fill('은평구 청년과 함께 첫 일자리와 인턴십 지도를 만듭니다.');
      await page.getByLabel('요청 예산(원)').fill('열만원');
      await page.getByRole('button', { name: '프로젝트 제안하기' }).click();
      await page.getByText('1원 이상의 정수를 입력하세요.').waitFor();
      await page.getByLabel('요청 예산(원)').fill('12000000');
      await page.getByRole('checkbox', { name: '경제·일자리' }).check();
      await page.getByRole('button', { name: '프로젝트 제안하기' }).click();
      await page.getByRole('heading', { name: '청년 첫 일자리 지도' }).waitFor();
      const id = new URL(page.url()).pathname.split('/').pop() ?? '';
      expect(await page.locator('.entity-header .status').textContent()).toBe('제안됨');
      expect(await page.getByText('₩12,000,000').count()).toBeGreaterThan(0);
      expect(await page.getByText(lead.owner.displayName).count()).toBeGreaterThan(0);
      // Proposed: the lead may cancel, nothing else yet.
      expect(await page.getByRole('button', { name: '프로젝트 취소' }).count()).toBe(1);
      expect(await page.getByRole('button', { name: '추가' }).count()).toBe(0);

      await approve(id);
      await run(id, lead, 12_000_000);
      await firstView(
        tab,
        `/projects/${id}`,
        () => page.locator('.entity-header .status', { hasText: '진행 중' }).waitFor(),
        'project-page',
      );
      await page.getByLabel('마일스톤 이름').fill('설문 마감');
      await page.getByLabel('기한(선택)').fill('2031-03-31');
      await page.getByRole('button', { name: '추가' }).click();
      await page.getByText('설문 마감', { exact: true }).waitFor();
      await page.getByRole('button', { name: '“설문 마감” 완료로 표시' }).click();
      await page.locator('.milestones li.done').waitFor();
      await page.getByLabel('지표').fill('참여 청년');
      await page.getByLabel('값').fill('42');
      await page.getByLabel('단위').fill('명');
      await page.getByRole('button', { name: '기록', exact: true }).click();
      await page.getByText('참여 청년', { exact: true }).waitFor();
      await checkBothSizes(tab, 'project-page-running');
      clean(tab);
      await tab.close();
    },
    STORY_MS,
  );

  it(
    'casts a ballot in an open round within the budget and the limits, then changes it',
    async () => {
      const lead = await park.park.newMember(hub);
      const projects = [
        await project(lead, '마을 텃밭 학교', 8_000_000),
        await project(lead, '청년 공유 부엌', 9_000_000),
        await project(lead, '골목 영화제', 15_000_000),
      ];
      const roundId = await votingRound('2031 청년 주민참여예산', projects);
      const voter = await park.park.newUser({ label: 'voter' });
      const tab = await signedIn(park, voter);
      const { page } = tab;
      await firstView(
        tab,
        `/budget-rounds/${roundId}`,
        () => page.getByRole('heading', { name: '2031 청년 주민참여예산' }).waitFor(),
        'budget-round-ballot',
      );
      const cast = page.getByRole('button', { name: '투표하기' });
      expect(await cast.isDisabled()).toBe(true);
      await page.getByRole('checkbox', { name: '마을 텃밭 학교 선택' }).check();
      await page.getByRole('checkbox', { name: '청년 공유 부엌 선택' }).check();
      await page.getByText('선택: ₩20,000,000 중 ₩17,000,000').waitFor();
      await cast.click();
      await page.getByText('투표가 저장되었습니다.').waitFor();

      // Changing it: over the budget and over the limit say why the button is off.
      await page.getByRole('checkbox', { name: '골목 영화제 선택' }).check();
      await page.getByText('2개까지 고를 수 있습니다.').waitFor();
      await page.getByRole('checkbox', { name: '청년 공유 부엌 선택' }).uncheck();
      await page.getByText('선택한 프로젝트가 예산을 넘습니다. 하나를 빼 주세요.').waitFor();
      const change = page.getByRole('button', { name: '투표 바꾸기' });
      expect(await change.isDisabled()).toBe(true);
      await checkBothSizes(tab, 'budget-round-over');
      await page.getByRole('checkbox', { name: '마을 텃밭 학교 선택' }).uncheck();
      await change.click();
      await page.getByText('투표가 저장되었습니다.').waitFor();

      await page.reload();
      await page.getByRole('heading', { name: '2031 청년 주민참여예산' }).waitFor();
      expect(await page.getByRole('checkbox', { name: '골목 영화제 선택' }).isChecked()).toBe(true);
      expect(await page.getByRole('checkbox', { name: '마을 텃밭 학교 선택' }).isChecked()).toBe(
        false,
      );
      expect(await page.getByText('이미 이대로 투표했습니다.').count()).toBe(1);
      clean(tab);
      await tab.close();
    },
    STORY_MS,
  );

  it(
    'shows a tallied round’s results: votes, funded or not, and why',
    async () => {
      const lead = await park.park.newMember(hub);
      const projects = [
        await project(lead, '동네 수리 카페', 12_000_000),
        await project(lead, '청소년 코딩 교실', 10_000_000),
        await project(lead, '어르신 산책 지도', 5_000_000),
      ];
      const roundId = await votingRound('2031 마을 예산 결과', projects);
      const ballots = [[projects[0], projects[2]], [projects[0]], [projects[1]]];
      for (const choice of ballots) {
        const voter = await park.park.newUser({ label: 'voter' });
        await park.api.graphql.ok(
          `mutation ($r: ID!, $p: [ID!]!) { castBallot(roundId: $r, projectIds: $p) { ballot { id } } }`,
          { r: roundId, p: choice },
          voter.as,
        );
      }
      await staff(`mutation ($id: ID!) { closeBudgetRound(id: $id) { id } }`, { id: roundId });
      await staff(`mutation ($id: ID!) { tallyBudgetRound(roundId: $id) { id } }`, { id: roundId });

      const tab = await Tab.open(park);
      const { page } = tab;
      await firstView(
        tab,
        `/budget-rounds/${roundId}`,
        () => page.getByRole('heading', { name: '결과', exact: true }).waitFor(),
        'budget-round-results',
      );
      const rows = page.locator('tbody tr');
      expect(await rows.count()).toBe(3);
      const first = rows.filter({ hasText: '동네 수리 카페' });
      expect(await first.getByText('선정', { exact: true }).count()).toBe(1);
      expect(await first.locator('td').first().textContent()).toBe('2');
      const second = rows.filter({ hasText: '청소년 코딩 교실' });
      expect(await second.getByText('미선정', { exact: true }).count()).toBe(1);
      // The reason in Korean from its explanation, with the amounts in won.
      expect(await second.locator('td').last().textContent()).toBe(
        '미선정: 차례가 왔을 때 남은 예산은 ₩8,000,000뿐이었고, 필요 금액은 ₩10,000,000입니다',
      );
      clean(tab);
      await tab.close();
    },
    STORY_MS,
  );

  /** A VOTING round of the youth hub (max two choices, ₩20,000,000) holding `projects`. */
  async function votingRound(title: string, projects: string[]) {
    const { createBudgetRound } = (await staff(
      `mutation ($input: CreateBudgetRoundInput!) { createBudgetRound(input: $input) { id } }`,
      {
        input: {
          hubId: hub.id,
          title,
          totalBudget: 20_000_000,
          maxSelections: 2,
          minSelections: 1,
          tallyMethod: 'GREEDY',
          requireVerifiedVoters: false,
        },
      },
    )) as { createBudgetRound: { id: string } };
    const id = createBudgetRound.id;
    await staff(`mutation ($id: ID!) { openBudgetRound(id: $id) { id } }`, { id });
    for (const projectId of projects) {
      await staff(
        `mutation ($r: ID!, $p: ID!) { addProjectToRound(roundId: $r, projectId: $p) { id } }`,
        {
          r: id,
          p: projectId,
        },
      );
    }
    await staff(`mutation ($id: ID!) { startBudgetVoting(id: $id) { id } }`, { id });
    return id;
  }
});
