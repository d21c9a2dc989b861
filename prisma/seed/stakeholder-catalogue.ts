import {
  MembershipPlan,
  MembershipStatus,
  PolicyArea,
  StakeholderKind,
  StakeholderRole,
} from '@park/platform/database';
import { pick, seedId } from './deterministic';
import { HUBS } from './park-people';

/** The work stakeholders do, in both languages, and the policy areas it serves. */
const THEMES: { en: string; ko: string; areas: PolicyArea[]; activity: string }[] = [
  {
    en: 'Climate Action',
    ko: '기후행동',
    areas: ['ENVIRONMENT_CLIMATE'],
    activity: 'running neighbourhood climate campaigns and carbon-literacy workshops',
  },
  {
    en: 'Zero Waste',
    ko: '제로웨이스트',
    areas: ['ENVIRONMENT_CLIMATE'],
    activity: 'opening refill stations and repair cafés',
  },
  {
    en: 'Urban Farming',
    ko: '도시농업',
    areas: ['ENVIRONMENT_CLIMATE', 'URBAN_REGENERATION'],
    activity: 'growing food on rooftops and vacant lots',
  },
  {
    en: 'Community Care',
    ko: '돌봄',
    areas: ['SOCIAL_WELFARE', 'HEALTH'],
    activity: 'organising care circles for families and neighbours',
  },
  {
    en: 'Elderly Care',
    ko: '어르신돌봄',
    areas: ['SOCIAL_WELFARE'],
    activity: 'visiting older residents who live alone',
  },
  {
    en: 'Youth Jobs',
    ko: '청년일자리',
    areas: ['ECONOMY_JOBS', 'EDUCATION'],
    activity: 'matching young job seekers with social ventures',
  },
  {
    en: 'Civic Data',
    ko: '시민데이터',
    areas: ['DIGITAL_GOVERNMENT'],
    activity: 'collecting and analysing open data with citizens',
  },
  {
    en: 'Open Data',
    ko: '공공데이터',
    areas: ['DIGITAL_GOVERNMENT', 'ECONOMY_JOBS'],
    activity: 'building services on the city’s open data',
  },
  {
    en: 'Shared Housing',
    ko: '공유주택',
    areas: ['HOUSING', 'SOCIAL_WELFARE'],
    activity: 'running co-housing for young tenants',
  },
  {
    en: 'Bike Mobility',
    ko: '자전거',
    areas: ['MOBILITY', 'ENVIRONMENT_CLIMATE'],
    activity: 'mapping safe cycling routes and repairing bikes',
  },
  {
    en: 'Community Health',
    ko: '마을건강',
    areas: ['HEALTH'],
    activity: 'holding health check-ins in neighbourhood centres',
  },
  {
    en: 'Village Media',
    ko: '마을미디어',
    areas: ['CULTURE'],
    activity: 'producing community radio and local news',
  },
  {
    en: 'Safe Streets',
    ko: '안심골목',
    areas: ['SAFETY', 'URBAN_REGENERATION'],
    activity: 'auditing alleys for lighting and safety with residents',
  },
  {
    en: 'Maker Education',
    ko: '메이커교육',
    areas: ['EDUCATION'],
    activity: 'teaching making and repair to students',
  },
  {
    en: 'Alley Regeneration',
    ko: '골목재생',
    areas: ['URBAN_REGENERATION', 'CULTURE'],
    activity: 'reviving old alleys with residents and small shops',
  },
  {
    en: 'Fair Trade',
    ko: '공정무역',
    areas: ['ECONOMY_JOBS'],
    activity: 'selling fairly traded goods from local producers',
  },
  {
    en: 'Community Arts',
    ko: '문화예술',
    areas: ['CULTURE', 'EDUCATION'],
    activity: 'running art classes and street festivals',
  },
  {
    en: 'Digital Inclusion',
    ko: '디지털역량',
    areas: ['DIGITAL_GOVERNMENT', 'EDUCATION'],
    activity: 'teaching older residents to use digital public services',
  },
  {
    en: 'Energy Transition',
    ko: '에너지전환',
    areas: ['ENVIRONMENT_CLIMATE', 'HOUSING'],
    activity: 'installing solar panels on apartment roofs',
  },
  {
    en: 'Disaster Safety',
    ko: '재난안전',
    areas: ['SAFETY', 'HEALTH'],
    activity: 'training neighbourhood first responders',
  },
] as { en: string; ko: string; areas: PolicyArea[]; activity: string }[];

const PLACES: [string, string][] = [
  ['Eunpyeong', '은평'],
  ['Bulgwang', '불광'],
  ['Mapo', '마포'],
  ['Seongbuk', '성북'],
  ['Gwanak', '관악'],
  ['Nowon', '노원'],
  ['Seodaemun', '서대문'],
  ['Jongno', '종로'],
  ['Yeonnam', '연남'],
  ['Mangwon', '망원'],
  ['Dobong', '도봉'],
  ['Geumcheon', '금천'],
  ['Seongsu', '성수'],
  ['Hongje', '홍제'],
  ['Yeokchon', '역촌'],
  ['Jingwan', '진관'],
  ['Guro', '구로'],
  ['Gangseo', '강서'],
];

const SURNAMES = ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오'];
const GIVEN = [
  '민준',
  '서연',
  '지호',
  '하은',
  '도윤',
  '수아',
  '예준',
  '지우',
  '시우',
  '서윤',
  '주원',
  '하린',
  '현우',
  '채원',
];
const ROMAN_SURNAMES = [
  'Kim',
  'Lee',
  'Park',
  'Choi',
  'Jung',
  'Kang',
  'Cho',
  'Yoon',
  'Jang',
  'Lim',
  'Han',
  'Oh',
];

const KINDS = Object.values(StakeholderKind);

type Theme = (typeof THEMES)[number];
type Namer = (theme: Theme, place: [string, string], index: number) => string;

/** Name patterns per kind; even-numbered stakeholders are named in Korean. */
const NAMES: Record<StakeholderKind, [english: Namer, korean: Namer]> = {
  SOCIAL_ENTERPRISE: [
    (t, p) => `${p[0]} ${t.en} Social Co-op`,
    (t, p) => `${p[1]} ${t.ko} 사회적협동조합`,
  ],
  STARTUP: [(t) => `${t.en.replace(/ /g, '')} Labs`, (t, p) => `${t.ko}랩 ${p[1]}`],
  NON_PROFIT: [(t, p) => `${p[0]} ${t.en} Network`, (t, p) => `${p[1]} ${t.ko} 네트워크`],
  YOUTH_GROUP: [(t, p) => `${p[0]} Youth ${t.en} Circle`, (t, p) => `${p[1]} 청년 ${t.ko} 모임`],
  EXPERT: [
    (t, _p, i) => `Dr. ${pick(ROMAN_SURNAMES, i)} (${t.en} expert)`,
    (t, _p, i) => `${pick(SURNAMES, i)}${pick(GIVEN, i >> 1)} 박사 (${t.ko} 전문가)`,
  ],
  PRIVATE_FIRM: [(t, p) => `${p[0]} ${t.en} Solutions Co.`, (t, p) => `(주)${p[1]}${t.ko}`],
  RESIDENT_ASSOCIATION: [
    (t, p) => `${p[0]}-dong Residents for ${t.en}`,
    (t, p) => `${p[1]}동 주민자치회 ${t.ko}분과`,
  ],
  PUBLIC_AGENCY: [(t, p) => `${p[0]}-gu ${t.en} Team`, (t, p) => `${p[1]}구청 ${t.ko}팀`],
  RESEARCH_INSTITUTE: [(t) => `Institute for ${t.en} Studies`, (t, p) => `${p[1]} ${t.ko} 연구소`],
  INDIVIDUAL: [
    (t, _p, i) =>
      `${pick(ROMAN_SURNAMES, i + 3)} ${pick(['Ji-won', 'Min-seo', 'Tae-yang', 'Da-eun'], i)} (${t.en})`,
    (t, _p, i) => `${pick(SURNAMES, i + 5)}${pick(GIVEN, i)} (${t.ko} 활동가)`,
  ],
};

export interface SeedStakeholder {
  id: string;
  name: string;
  kind: StakeholderKind;
  policyAreas: PolicyArea[];
  tags: string[];
  description: string;
  website: string | null;
  contactEmail: string;
  verified: boolean;
  createdAt: Date;
  members: {
    id: string;
    userId: string;
    email: string;
    displayName: string;
    role: StakeholderRole;
  }[];
  memberships: {
    id: string;
    hubId: string;
    plan: MembershipPlan;
    status: MembershipStatus;
    motivation: string;
  }[];
}

const ROLES = [StakeholderRole.OWNER, StakeholderRole.ADMIN, StakeholderRole.MEMBER];
const CREATED_FROM = Date.parse('2024-03-01T09:00:00+09:00');
const TWO_YEARS_IN_MINUTES = 2 * 365 * 24 * 60;

/** The hub a stakeholder of this kind most naturally belongs to. */
function homeHub(kind: StakeholderKind, index: number): number {
  if (kind === 'YOUTH_GROUP') return 0;
  if (kind === 'SOCIAL_ENTERPRISE' || kind === 'PRIVATE_FIRM') return 1;
  if (kind === 'RESIDENT_ASSOCIATION') return 2;
  return index % 3;
}

/** Mostly approved members, with every open state represented so staff queues are never empty. */
function membershipStatus(index: number): MembershipStatus {
  if (index % 13 === 5) return MembershipStatus.SUBMITTED;
  if (index % 17 === 7) return MembershipStatus.UNDER_REVIEW;
  if (index % 23 === 11) return MembershipStatus.SUSPENDED;
  if (index % 29 === 13) return MembershipStatus.REJECTED;
  if (index % 31 === 17) return MembershipStatus.WITHDRAWN;
  if (index % 37 === 19) return MembershipStatus.ENDED;
  return MembershipStatus.APPROVED;
}

/** The `index`-th stakeholder of the demo park: the same on every run. */
export function seedStakeholder(index: number, taken: Set<string>): SeedStakeholder {
  const kind = pick(KINDS, index);
  const theme = pick(THEMES, index * 7 + Math.floor(index / KINDS.length));
  const place = pick(PLACES, index * 5 + Math.floor(index / 20));
  const korean = index % 2 === 0;
  const base = NAMES[kind][korean ? 1 : 0](theme, place, index);
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${base} ${n}`;
  taken.add(name.toLowerCase());

  const extra = pick(Object.values(PolicyArea), index * 3);
  const policyAreas = [...new Set([...theme.areas, ...(index % 3 === 0 ? [extra] : [])])];
  const handle = `s${String(index + 1).padStart(5, '0')}`;
  const members = Array.from({ length: 1 + (index % 3) }, (_, j) => {
    const email = `member-${handle}-${j + 1}@parkcommons.example`;
    const displayName = `${pick(SURNAMES, index + j)}${pick(GIVEN, index * 3 + j)}`;
    return {
      id: seedId(`stakeholder-member:${index}:${j}`),
      userId: seedId(`user:${email}`),
      email,
      displayName,
      role: ROLES[j],
    };
  });

  const home = homeHub(kind, index);
  const hubs = index % 4 === 0 ? [home, (home + 1) % 3] : [home];
  const memberships = hubs.map((hub, position) => ({
    id: seedId(`membership:${index}:${HUBS[hub].slug}`),
    hubId: HUBS[hub].id,
    plan:
      position === 0
        ? pick([MembershipPlan.RESIDENT, MembershipPlan.COWORKING], index)
        : MembershipPlan.ASSOCIATE,
    status: position === 0 ? membershipStatus(index) : MembershipStatus.APPROVED,
    motivation: `We want to work with the ${HUBS[hub].name} on ${theme.en.toLowerCase()}.`,
  }));

  return {
    id: seedId(`stakeholder:${index}`),
    name,
    kind,
    policyAreas,
    tags: [theme.en.toLowerCase(), theme.ko, place[0].toLowerCase()],
    description:
      `${name} is based in ${place[0]}, ${theme.activity}. ` +
      `${place[1]}에서 ${theme.ko} 활동을 하고 있습니다` +
      (theme.areas.includes('ECONOMY_JOBS') || kind === 'YOUTH_GROUP' ? ' (청년과 함께).' : '.'),
    website: index % 5 === 0 ? null : `https://${handle}.parkcommons.example`,
    contactEmail: `contact-${handle}@parkcommons.example`,
    verified: index % 4 !== 3,
    // Spread over two years whatever the scale, in an order unrelated to the names.
    createdAt: new Date(CREATED_FROM + ((index * 7919) % TWO_YEARS_IN_MINUTES) * 60_000),
    members,
    memberships,
  };
}
