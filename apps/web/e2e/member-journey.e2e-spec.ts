import { existsSync } from 'node:fs';
import { at, Hub, nextMonday, ROUND_THE_CLOCK, seoulDate, SET_UP_MS } from '../../api/test/support';
import { CHROMIUM, ParkConsole, startConsole, Tab } from './support/console';

// One newcomer's whole story in the console, as issue 14 tells it: sign up → create a
// stakeholder → apply to the Youth Hub → (staff approve through the API) → book a room → RSVP
// to a full event and see the waitlist place → propose a DATA partnership → cast a ballot.
// What staff and other people do is done through the API with the factories.

const inBrowser = existsSync(CHROMIUM) ? describe : describe.skip;
const JOURNEY_MS = 300_000;

inBrowser('a newcomer’s journey through the console', () => {
  let park: ParkConsole;
  let youth: Hub;
  beforeAll(async () => {
    park = await startConsole();
    youth = await park.park.hub('youth-hub');
  }, SET_UP_MS);
  afterAll(() => park?.close());

  const staff = async (query: string, variables: Record<string, unknown>) =>
    park.api.graphql.ok(query, variables, (await park.park.manager(youth)).as);

  it(
    'signs up, joins the Youth Hub, books, waits for a seat, proposes a partnership and votes',
    async () => {
      const tab = await Tab.open(park);
      const { page } = tab;

      // Sign up.
      await tab.goto('/sign-up');
      await page.getByLabel('이름').fill('윤다은');
      await page.getByLabel('이메일').fill('daeun@example.org');
      await page.getByLabel('비밀번호').fill('a long enough password');
      await page.getByRole('button', { name: '회원가입' }).click();
      await page.getByRole('link', { name: '윤다은' }).waitFor();

      // Create a stakeholder.
      await tab.goto('/stakeholders/new');
      await page.getByRole('heading', { level: 1, name: '새 이해관계자 등록' }).waitFor();
      await page.getByLabel('이름').fill('다은 청년 공방');
      await page.getByLabel('유형').selectOption('YOUTH_GROUP');
      await page.getByRole('button', { name: '등록하기' }).click();
      await page.getByRole('heading', { level: 1, name: '다은 청년 공방' }).waitFor();
      const stakeholderId = new URL(page.url()).pathname.split('/').pop() ?? '';

      // Apply to the Youth Hub.
      await tab.goto('/hubs/youth-hub');
      await page.getByRole('heading', { level: 1, name: '서울청년허브' }).waitFor();
      await page.getByLabel('신청하는 이해관계자').selectOption({ label: '다은 청년 공방' });
      await page.getByLabel('이용 형태').selectOption('COWORKING');
      await page.getByLabel('신청 동기').fill('매주 허브에서 청년 공방 수업을 열고 싶습니다.');
      await page.getByRole('button', { name: '가입 신청하기' }).click();
      const application = page.getByRole('region', { name: '다은 청년 공방' });
      await application.getByText('접수됨').first().waitFor();

      // Staff approve through the API; the hub page shows it.
      const membership = await park.api.prisma.membership.findFirstOrThrow({
        where: { stakeholderId },
      });
      const admin = await park.park.admin();
      for (const move of ['startMembershipReview', 'approveMembership']) {
        await park.api.graphql.ok(
          `mutation ($id: ID!) { ${move}(id: $id) { id } }`,
          { id: membership.id },
          admin.as,
        );
      }
      await page.reload();
      await application.getByText('승인됨').first().waitFor();

      // Book a members' room for the stakeholder, next week.
      const room = await park.park.newSpace(youth, { policy: { memberOnly: true }, capacity: 6 });
      const monday = nextMonday(7);
      const week = seoulDate(monday);
      await tab.goto(`/spaces/${room.id}?week=${week}`);
      await page.getByRole('heading', { level: 1, name: room.name }).waitFor();
      await page.getByTestId(`cell-${week}-10:00`).getByRole('button').click();
      await page.getByLabel('사용 목적').fill('공방 수업 준비');
      await page.getByLabel('인원').fill('4');
      await page.getByLabel('예약 주체').selectOption(stakeholderId);
      await page.getByRole('button', { name: '예약', exact: true }).click();
      await page.getByText('예약이 확정되었습니다').waitFor();

      // RSVP to a full event: a place on the waitlist.
      const hall = await park.park.newSpace(youth, {
        kind: 'EVENT_HALL',
        capacity: 30,
        openingHours: ROUND_THE_CLOCK,
      });
      const { createEvent } = (await staff(
        `mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }`,
        {
          input: {
            hubId: youth.id,
            spaceId: hall.id,
            title: '청년 공방 장터',
            startsAt: at(monday + 3 * 86_400_000, '18:00'),
            endsAt: at(monday + 3 * 86_400_000, '20:00'),
            capacity: 1,
          },
        },
      )) as { createEvent: { id: string } };
      const [first] = await park.park.newUsers(1, { label: 'early-bird' });
      await park.api.graphql.ok(
        `mutation ($id: ID!) { rsvpEvent(id: $id) { id } }`,
        { id: createEvent.id },
        first.as,
      );
      await tab.goto(`/events/${createEvent.id}`);
      await page.getByRole('heading', { level: 1, name: '청년 공방 장터' }).waitFor();
      await page.getByRole('button', { name: '대기 명단에 올리기' }).click();
      await page.getByText('대기 1번째입니다.').waitFor();

      // Propose a DATA partnership to another stakeholder.
      const partner = await park.park.newStakeholder({
        name: park.park.unique('은평 데이터 협동조합'),
      });
      await tab.goto(`/partnerships/new?from=${stakeholderId}`);
      await page.getByRole('heading', { name: '파트너십 제안' }).waitFor();
      await page.getByLabel('종류').selectOption('DATA');
      await page.getByLabel('파트너 찾기').fill(partner.name);
      await page.getByRole('radio', { name: partner.name }).check();
      await page.getByLabel('제목').fill('공방 이용 데이터 공유');
      await page
        .getByLabel('함께 할 일')
        .fill('공방 이용 기록을 함께 분석해 청년 공간 정책을 제안합니다.');
      await page.getByLabel('공유하는 데이터셋').fill('공방 예약 기록');
      await page.getByLabel('데이터를 공유하는 목적').fill('청년 공간 이용 분석');
      await page.getByRole('button', { name: '파트너십 제안하기' }).click();
      await page.getByRole('heading', { name: '공방 이용 데이터 공유' }).waitFor();
      expect(await page.locator('.entity-header .status').textContent()).toBe('제안됨');

      // Cast a ballot in the Youth Hub's open round.
      const lead = await park.park.newMember(youth);
      const { createCommittee } = (await staff(
        `mutation ($hubId: ID!) { createCommittee(input: { hubId: $hubId, name: "청년 심사단", kind: MIXED }) { id } }`,
        { hubId: youth.id },
      )) as { createCommittee: { id: string } };
      const reviewer = await park.park.newUser({ label: 'reviewer' });
      await staff(
        `mutation ($c: ID!, $u: ID!) { addCommitteeMember(committeeId: $c, userId: $u) { id } }`,
        {
          c: createCommittee.id,
          u: reviewer.id,
        },
      );
      const projectIds: string[] = [];
      for (const [title, budget] of [
        ['마을 텃밭 학교', 8_000_000],
        ['청년 공유 부엌', 9_000_000],
      ] as const) {
        const { proposeProject } = await park.api.graphql.ok<{ proposeProject: { id: string } }>(
          `mutation ($input: ProposeProjectInput!) { proposeProject(input: $input) { id } }`,
          {
            input: {
              hubId: youth.id,
              leadStakeholderId: lead.id,
              title,
              summary: `${title}, with the park.`,
              requestedBudget: budget,
            },
          },
          lead.owner.as,
        );
        await staff(
          `mutation ($p: ID!, $c: ID!) { assignProjectReview(projectId: $p, committeeId: $c) { id } }`,
          {
            p: proposeProject.id,
            c: createCommittee.id,
          },
        );
        await staff(
          `mutation ($p: ID!) { decideProject(projectId: $p, decision: APPROVE) { id } }`,
          { p: proposeProject.id },
        );
        projectIds.push(proposeProject.id);
      }
      const { createBudgetRound } = (await staff(
        `mutation ($input: CreateBudgetRoundInput!) { createBudgetRound(input: $input) { id } }`,
        {
          input: {
            hubId: youth.id,
            title: '청년 주민참여예산',
            totalBudget: 20_000_000,
            maxSelections: 2,
            tallyMethod: 'GREEDY',
            requireVerifiedVoters: false,
          },
        },
      )) as { createBudgetRound: { id: string } };
      const roundId = createBudgetRound.id;
      await staff(`mutation ($id: ID!) { openBudgetRound(id: $id) { id } }`, { id: roundId });
      for (const projectId of projectIds) {
        await staff(
          `mutation ($r: ID!, $p: ID!) { addProjectToRound(roundId: $r, projectId: $p) { id } }`,
          {
            r: roundId,
            p: projectId,
          },
        );
      }
      await staff(`mutation ($id: ID!) { startBudgetVoting(id: $id) { id } }`, { id: roundId });
      await tab.goto(`/budget-rounds/${roundId}`);
      await page.getByRole('heading', { name: '청년 주민참여예산' }).waitFor();
      await page.getByRole('checkbox', { name: '마을 텃밭 학교 선택' }).check();
      await page.getByRole('button', { name: '투표하기' }).click();
      await page.getByText('투표가 저장되었습니다.').waitFor();
      await tab.screenshot('journey-ballot');

      expect(tab.foreignRequests()).toEqual([]);
      expect(tab.problems).toEqual([]);
      await tab.close();
    },
    JOURNEY_MS,
  );
});
