import { Injectable } from '@nestjs/common';
import { SpaceUtilisation } from '@park/spaces';
import { createHash } from 'node:crypto';
import { column, Dataset, Row } from './dataset';
import { Prisma } from '@park/platform/database';
import { Keyed, OpenDataRepository } from './open-data.repository';

const id = (ko: string, en: string, source: string) => column('id', 'string', ko, en, source);
const hubSlug = (table: string) =>
  column(
    'hub_slug',
    'string',
    '허브 식별자 (hubs의 slug)',
    'Hub identifier (slug in hubs)',
    `${table}.hub_id → hubs.slug`,
  );
const policyAreas = (table: string) =>
  column('policy_areas', 'list', '정책 분야', 'Policy areas', `${table}.policy_areas`);
const party = (prefix: string, ko: string, en: string, source: string) => [
  column(`${prefix}_id`, 'string', `${ko} 이해관계자 ID`, `${en} stakeholder id`, source),
  column(
    `${prefix}_name`,
    'string',
    `${ko} 이해관계자 이름 (개인 이해관계자는 비움)`,
    `${en} stakeholder's name (empty for an individual)`,
    `${source} → stakeholders.name`,
  ),
];
const SEOUL_OFFSET_MS = 9 * 60 * 60 * 1000;

/** Every dataset the catalogue lists, in its order. */
@Injectable()
export class OpenDatasets {
  readonly all: readonly Dataset[];

  constructor(
    private readonly data: OpenDataRepository,
    private readonly utilisation: SpaceUtilisation,
  ) {
    const r = this.data;
    // A dataset read from tables: its keyset query and its freshness statement.
    const stored = (rows: Keyed, freshness: Prisma.Sql) => ({
      freshness: () => r.freshness(freshness),
      batches: () => r.keyset(rows),
    });
    this.all = [
      {
        name: 'hubs',
        title: { ko: '허브', en: 'Hubs' },
        description: { ko: '파크의 허브 목록', en: 'The park’s hubs' },
        columns: [
          id('허브 ID', 'Hub id', 'hubs.id'),
          column('slug', 'string', '허브 식별자', 'Hub identifier', 'hubs.slug'),
          column('name_en', 'string', '영문 이름', 'Name in English', 'hubs.name'),
          column('name_ko', 'string', '한글 이름', 'Name in Korean', 'hubs.name_ko'),
          column('kind', 'string', '허브 종류', 'Kind of hub', 'hubs.kind'),
          column('description', 'string', '설명', 'Description', 'hubs.description'),
        ],
        ...stored(r.hubs, r.hubsFreshness),
      },
      {
        name: 'spaces',
        title: { ko: '공간과 운영 시간', en: 'Spaces and opening hours' },
        description: {
          ko: '예약할 수 있는 공간(보관된 공간 제외)과 주간 운영 시간(서울 시간)',
          en: 'Bookable spaces (not archived) and their weekly opening hours (Asia/Seoul)',
        },
        columns: [
          id('공간 ID', 'Space id', 'spaces.id'),
          hubSlug('spaces'),
          column('name', 'string', '공간 이름', 'Name', 'spaces.name'),
          column('kind', 'string', '공간 종류', 'Kind of space', 'spaces.kind'),
          column('capacity', 'integer', '수용 인원', 'Capacity (people)', 'spaces.capacity'),
          column('amenities', 'list', '편의 시설', 'Amenities', 'spaces.amenities'),
          column(
            'requires_approval',
            'boolean',
            '예약 승인 필요',
            'Bookings need approval',
            'spaces.requires_approval',
          ),
          column('member_only', 'boolean', '회원 전용', 'Members only', 'spaces.member_only'),
          column(
            'opening_hours',
            'string',
            '운영 시간 (schema.org openingHours 형식, 예: Mo 09:00-18:00; 요일이 없으면 휴무)',
            'Opening hours (schema.org openingHours, e.g. Mo 09:00-18:00; a missing day is closed)',
            'space_opening_hours',
          ),
        ],
        ...stored(r.spaces, r.spacesFreshness),
      },
      {
        name: 'events',
        title: { ko: '공개 행사', en: 'Public events' },
        description: {
          ko: '공개된 행사 (취소되었거나 승인 대기 중인 행사 제외)',
          en: 'Public events (not cancelled, their booking not awaiting approval)',
        },
        columns: [
          id('행사 ID', 'Event id', 'events.id'),
          hubSlug('events'),
          column('space_id', 'string', '장소 공간 ID', 'Space id', 'events.space_id'),
          column(
            'space_name',
            'string',
            '장소 공간 이름',
            'Space name',
            'events.space_id → spaces.name',
          ),
          column('title', 'string', '제목', 'Title', 'events.title'),
          column('description', 'string', '설명', 'Description', 'events.description'),
          column(
            'starts_at',
            'datetime',
            '시작 시각 (ISO 8601, UTC)',
            'Starts (ISO 8601, UTC)',
            'events.starts_at',
          ),
          column(
            'ends_at',
            'datetime',
            '끝 시각 (ISO 8601, UTC)',
            'Ends (ISO 8601, UTC)',
            'events.ends_at',
          ),
          column('capacity', 'integer', '정원', 'Places', 'events.capacity'),
          ...party('stakeholder', '주최', 'Hosting', 'events.stakeholder_id'),
        ],
        ...stored(r.events, r.eventsFreshness),
      },
      {
        name: 'stakeholders',
        title: { ko: '이해관계자', en: 'Stakeholders' },
        description: {
          ko: '디렉터리의 단체와 기관 (공개 항목만; 개인 이해관계자 제외)',
          en: 'Organisations in the directory (public fields only; individuals left out)',
        },
        columns: [
          id('이해관계자 ID', 'Stakeholder id', 'stakeholders.id'),
          column('name', 'string', '이름', 'Name', 'stakeholders.name'),
          column('kind', 'string', '종류', 'Kind', 'stakeholders.kind'),
          policyAreas('stakeholders'),
          column('description', 'string', '소개', 'Description', 'stakeholders.description'),
          column('website', 'string', '웹사이트', 'Website', 'stakeholders.website'),
          column(
            'hubs',
            'list',
            '승인된 회원으로 있는 허브 (slug)',
            'Hubs it is an approved member of (slugs)',
            'memberships (status APPROVED) → hubs.slug',
          ),
        ],
        ...stored(r.stakeholders, r.stakeholdersFreshness),
      },
      {
        name: 'partnerships',
        title: { ko: '협력 관계', en: 'Partnerships' },
        description: {
          ko: '진행 중(ACTIVE)이거나 완료된(COMPLETED) 협력 관계',
          en: 'Partnerships that are ACTIVE or COMPLETED',
        },
        columns: [
          id('협력 ID', 'Partnership id', 'partnerships.id'),
          column('kind', 'string', '협력 종류', 'Kind', 'partnerships.kind'),
          column(
            'status',
            'string',
            '상태 (ACTIVE, COMPLETED)',
            'Status (ACTIVE, COMPLETED)',
            'partnerships.status',
          ),
          hubSlug('partnerships'),
          ...party('proposer', '제안', 'Proposing', 'partnerships.proposer_id'),
          ...party('partner', '상대', 'Partner', 'partnerships.partner_id'),
          column('starts_on', 'date', '시작일', 'Starts on', 'partnerships.starts_on'),
          column(
            'ends_on',
            'date',
            '종료일 (비어 있으면 기한 없음)',
            'Ends on (empty: open-ended)',
            'partnerships.ends_on',
          ),
          policyAreas('partnerships'),
        ],
        ...stored(r.partnerships, r.partnershipsFreshness),
      },
      {
        name: 'projects',
        title: { ko: '공개 프로젝트와 재원', en: 'Public projects and their funding' },
        description: {
          ko: '승인 이후의 공개 프로젝트와 재원별 지원 금액 (원)',
          en: 'Public projects (approved onwards) and their funding by source, in whole won',
        },
        columns: [
          id('프로젝트 ID', 'Project id', 'projects.id'),
          hubSlug('projects'),
          ...party('lead_stakeholder', '주관', 'Lead', 'projects.lead_stakeholder_id'),
          column('title', 'string', '제목', 'Title', 'projects.title'),
          column('summary', 'string', '요약', 'Summary', 'projects.summary'),
          policyAreas('projects'),
          column('status', 'string', '상태', 'Status', 'projects.status'),
          column(
            'requested_budget',
            'integer',
            '요청 예산 (원)',
            'Requested budget (KRW)',
            'projects.requested_budget',
          ),
          column(
            'funded_amount',
            'integer',
            '지원 합계 (원)',
            'Funded in total (KRW)',
            'projects.funded_amount',
          ),
          ...(
            [
              ['municipal_budget', '시 예산', 'municipal budget', 'MUNICIPAL_BUDGET'],
              [
                'participatory_budget',
                '주민참여예산',
                'participatory budget',
                'PARTICIPATORY_BUDGET',
              ],
              ['partner', '협력 기관', 'partners', 'PARTNER'],
              ['grant', '보조금', 'grants', 'GRANT'],
            ] as const
          ).map(([name, ko, en, source]) =>
            column(
              `funding_${name}`,
              'integer',
              `${ko} 지원 (원)`,
              `Funding from ${en} (KRW)`,
              `sum of funding_allocations.amount where source = ${source}`,
            ),
          ),
        ],
        ...stored(r.projects, r.projectsFreshness),
      },
      {
        name: 'project_milestones',
        title: { ko: '프로젝트 이정표', en: 'Project milestones' },
        description: { ko: '공개 프로젝트의 이정표', en: 'The milestones of public projects' },
        columns: [
          id('이정표 ID', 'Milestone id', 'milestones.id'),
          column('project_id', 'string', '프로젝트 ID', 'Project id', 'milestones.project_id'),
          column('title', 'string', '제목', 'Title', 'milestones.title'),
          column('due_on', 'date', '예정일', 'Due on', 'milestones.due_on'),
          column(
            'completed_at',
            'datetime',
            '완료 시각',
            'Completed at',
            'milestones.completed_at',
          ),
        ],
        ...stored(r.milestones, r.milestonesFreshness),
      },
      {
        name: 'project_outcomes',
        title: { ko: '프로젝트 성과', en: 'Project outcomes' },
        description: {
          ko: '공개 프로젝트의 측정된 성과',
          en: 'The measured outcomes of public projects',
        },
        columns: [
          id('성과 ID', 'Outcome id', 'outcomes.id'),
          column('project_id', 'string', '프로젝트 ID', 'Project id', 'outcomes.project_id'),
          column('indicator', 'string', '지표', 'Indicator', 'outcomes.indicator'),
          column('value', 'number', '값', 'Value', 'outcomes.value'),
          column('unit', 'string', '단위', 'Unit', 'outcomes.unit'),
          column('policy_area', 'string', '정책 분야', 'Policy area', 'outcomes.policy_area'),
          column('recorded_at', 'datetime', '기록 시각', 'Recorded at', 'outcomes.recorded_at'),
        ],
        ...stored(r.outcomes, r.outcomesFreshness),
      },
      {
        name: 'budget_rounds',
        title: { ko: '주민참여예산 라운드', en: 'Participatory-budgeting rounds' },
        description: {
          ko: '허브의 주민참여예산 라운드 (투표가 끝난 라운드는 pabulib 파일로도: pabulib_file)',
          en: 'The hubs’ participatory-budgeting rounds (those past voting also as pabulib files: pabulib_file)',
        },
        columns: [
          id('라운드 ID', 'Round id', 'budget_rounds.id'),
          hubSlug('budget_rounds'),
          column('title', 'string', '제목', 'Title', 'budget_rounds.title'),
          column('status', 'string', '상태', 'Status', 'budget_rounds.status'),
          column(
            'tally_method',
            'string',
            '집계 방법 (GREEDY, EQUAL_SHARES)',
            'Tally method (GREEDY, EQUAL_SHARES)',
            'budget_rounds.tally_method',
          ),
          column(
            'total_budget',
            'integer',
            '총예산 (원)',
            'Total budget (KRW)',
            'budget_rounds.total_budget',
          ),
          column(
            'min_selections',
            'integer',
            '최소 선택 수',
            'Fewest choices per ballot',
            'budget_rounds.min_selections',
          ),
          column(
            'max_selections',
            'integer',
            '최대 선택 수',
            'Most choices per ballot',
            'budget_rounds.max_selections',
          ),
          column(
            'pabulib_file',
            'string',
            '투표가 끝난 라운드의 pabulib 파일 (이 카탈로그 기준 경로; 익명 투표지 포함)',
            'The pabulib file of a round past voting (path from this catalogue; anonymous ballots)',
            'budget_rounds, budget_round_projects, budget_results, ballots → pabulib.org format',
          ),
        ],
        ...stored(r.rounds, r.roundsFreshness),
      },
      {
        name: 'budget_round_projects',
        title: { ko: '라운드의 프로젝트와 결과', en: 'Round projects and results' },
        description: {
          ko: '각 라운드에 오른 프로젝트와 집계 결과 (집계 전에는 결과가 비어 있음)',
          en: 'The projects entered in each round and their tallied result (empty before the tally)',
        },
        columns: [
          column('round_id', 'string', '라운드 ID', 'Round id', 'budget_round_projects.round_id'),
          column(
            'project_id',
            'string',
            '프로젝트 ID',
            'Project id',
            'budget_round_projects.project_id',
          ),
          column('project_title', 'string', '프로젝트 제목', 'Project title', 'projects.title'),
          column(
            'requested_budget',
            'integer',
            '요청 예산 (원)',
            'Requested budget (KRW)',
            'projects.requested_budget',
          ),
          column(
            'proposal_order',
            'integer',
            '라운드 안의 제안 순서 (동표일 때 먼저 제안된 것이 앞섬)',
            'Order of proposal within the round (the tie-break after votes)',
            'projects.created_at, projects.id',
          ),
          column('rank', 'integer', '순위', 'Rank', 'budget_results.rank'),
          column('votes', 'integer', '득표 수', 'Votes', 'budget_results.votes'),
          column('funded', 'boolean', '선정 여부', 'Funded', 'budget_results.funded'),
          column(
            'amount',
            'integer',
            '배정 금액 (원)',
            'Amount granted (KRW)',
            'budget_results.amount',
          ),
          column(
            'reason_code',
            'string',
            '선정/미선정 사유 코드',
            'Why (reason code)',
            'budget_results.reason_code',
          ),
          column(
            'cost_at_tally',
            'integer',
            '집계 때 필요 금액 (원)',
            'What it needed at the tally (KRW)',
            'budget_results.cost',
          ),
        ],
        ...stored(r.roundProjects, r.roundProjectsFreshness),
      },
      {
        name: 'budget_ballots',
        title: { ko: '익명 투표지', en: 'Anonymised ballots' },
        description: {
          ko: '투표가 끝난 라운드(CLOSED, TALLIED)의 투표지, 선택 하나에 한 줄. 투표지 ID는 내려받을 때마다 새로 만든 무작위 값이며 투표자는 없음',
          en: 'Ballots of rounds past voting (CLOSED, TALLIED), one line per choice. Ballot ids are random, new in every download; no voter',
        },
        columns: [
          column(
            'ballot_id',
            'string',
            '투표지 ID (내려받을 때마다 무작위)',
            'Ballot id (random in each download)',
            'keyed hash of ballots.id',
          ),
          column('round_id', 'string', '라운드 ID', 'Round id', 'ballots.round_id'),
          column(
            'project_id',
            'string',
            '선택한 프로젝트 ID',
            'Project chosen',
            'ballot_choices.project_id',
          ),
        ],
        freshness: () => r.freshness(r.ballotsFreshness),
        batches: () => r.keyset(r.ballots()),
      },
      {
        name: 'space_utilisation',
        title: { ko: '월별 공간 이용률', en: 'Space utilisation by month' },
        description: {
          ko: '허브별, 달별(서울 시간) 공간 이용률: 예약된 시간 ÷ 운영 시간, 0–1',
          en: 'Utilisation per hub and month (Asia/Seoul): hours booked over hours open, 0–1',
        },
        columns: [
          column(
            'month',
            'string',
            '달 (YYYY-MM, 서울)',
            'Month (YYYY-MM, Asia/Seoul)',
            'bookings.starts_at',
          ),
          column('hub_slug', 'string', '허브 식별자', 'Hub identifier', 'hubs.slug'),
          column(
            'utilisation',
            'number',
            '이용률 (0–1): 유효 예약 시간 ÷ 보관되지 않은 공간의 운영 시간',
            'Utilisation (0–1): live bookings’ hours over the open hours of spaces not archived',
            'bookings, space_opening_hours (parkStats’ definition)',
          ),
        ],
        // Computed, not stored: the figures themselves are the freshness (two statements).
        freshness: async () => {
          const rows = await this.utilisationRows();
          const digest = createHash('sha256').update(JSON.stringify(rows)).digest('hex');
          return { count: rows.length, modified: null, digest };
        },
        batches: () => this.utilisationBatches(),
      },
    ];
  }

  find(name: string): Dataset | undefined {
    return this.all.find((dataset) => dataset.name === name);
  }

  /** Hubs × the months from the first booking to the last (at most ten years): small. */
  private async utilisationRows(): Promise<Row[]> {
    const [hubs, months] = await Promise.all([
      this.data.hubList(),
      this.utilisation.bookedMonths(),
    ]);
    if (!hubs.length || !months.length) return [];
    const figures = await this.utilisation.byHubAndPeriod(
      hubs.map((hub) => hub.id),
      months,
    );
    return months.flatMap((period, n) => {
      const month = new Date(period.from.getTime() + SEOUL_OFFSET_MS).toISOString().slice(0, 7);
      return hubs.map((hub, index) => ({
        month,
        hub_slug: hub.slug,
        utilisation: figures[n][index],
      }));
    });
  }

  private async *utilisationBatches(): AsyncIterable<Row[]> {
    yield await this.utilisationRows();
  }
}
