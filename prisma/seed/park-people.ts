import { HubKind, HubStaffRole } from '@park/platform/database';
import { seedId } from './deterministic';

/** Every demo account signs in with this password (README lists the accounts). */
export const DEMO_PASSWORD = 'park-commons-demo';

export const HUBS = [
  {
    slug: 'youth-hub',
    name: 'Youth Hub',
    nameKo: '서울청년허브',
    kind: HubKind.YOUTH,
    description:
      'Where young people start projects, find work and organise: co-working, youth groups and policy labs. 청년이 일하고 모이고 실험하는 곳.',
  },
  {
    slug: 'social-economy-centre',
    name: 'Social Economy Support Centre',
    nameKo: '서울시사회적경제지원센터',
    kind: HubKind.SOCIAL_ECONOMY,
    description:
      'Support for social enterprises, co-operatives and social ventures: incubation, finance and markets. 사회적기업·협동조합의 성장을 지원합니다.',
  },
  {
    slug: 'local-community-centre',
    name: 'Local Community Support Centre',
    nameKo: '서울시마을공동체종합지원센터',
    kind: HubKind.LOCAL_COMMUNITY,
    description:
      'Helping residents and neighbourhood groups work together on their villages’ needs. 주민이 함께 마을의 문제를 풀도록 돕습니다.',
  },
].map((hub) => ({ ...hub, id: seedId(`hub:${hub.slug}`) }));

const STAFF_NAMES: Record<string, [string, string]> = {
  'youth-hub': ['박지민 (Youth Hub manager)', '이서준 (Youth Hub coordinator)'],
  'social-economy-centre': [
    '최유나 (Social Economy manager)',
    '정민호 (Social Economy coordinator)',
  ],
  'local-community-centre': [
    '강하늘 (Local Community manager)',
    '윤소희 (Local Community coordinator)',
  ],
};

const SHORT: Record<string, string> = {
  'youth-hub': 'youth',
  'social-economy-centre': 'social-economy',
  'local-community-centre': 'local-community',
};

/** Two staff per hub: youth-manager@…, youth-coordinator@…, and so on. */
export const HUB_STAFF = HUBS.flatMap((hub) =>
  ([HubStaffRole.MANAGER, HubStaffRole.COORDINATOR] as const).map((role, index) => {
    const email = `${SHORT[hub.slug]}-${role.toLowerCase()}@parkcommons.example`;
    return {
      id: seedId(`hub-staff:${email}`),
      hubId: hub.id,
      role,
      user: { id: seedId(`user:${email}`), email, displayName: STAFF_NAMES[hub.slug][index] },
    };
  }),
);
