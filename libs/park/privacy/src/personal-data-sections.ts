import { Prisma } from '@park/platform/database';

/**
 * What "Download my data" puts in the ZIP: one section per kind of thing the park holds about a
 * person, each a file pair (`<file>.json`, `<file>.csv`) and a line of the README in Korean and
 * English. This is the one place that reads other contexts' tables directly (read-only, by the
 * person's id): a download must be complete, and a port per context would be one query each.
 * A section added to the park's data model is added here (docs/privacy.md).
 */
export interface PersonalDataSection {
  file: string;
  ko: string;
  en: string;
  query: (userId: string) => Prisma.Sql;
}

export const PERSONAL_DATA_SECTIONS: readonly PersonalDataSection[] = [
  {
    file: 'account',
    ko: '계정: 이메일, 표시 이름, 언어, 시간대, 역할, 이메일 확인 시각, 가입 시각 (비밀번호는 해시로만 보관되며 내보내지 않습니다)',
    en: 'Your account: e-mail, display name, language, time zone, role, when the e-mail was verified, when you joined (the password is kept only as a hash and is not exported)',
    query: (id) => Prisma.sql`
      SELECT id, email::text AS email, display_name, locale, time_zone, role::text AS role,
        email_verified_at, created_at, updated_at
      FROM users WHERE id = ${id}::uuid`,
  },
  {
    file: 'sessions',
    ko: '로그인 세션: 시작, 만료, 종료 시각과 종료 사유',
    en: 'Your sign-in sessions: when each began, expires or ended, and why it ended',
    query: (id) => Prisma.sql`
      SELECT id, created_at, expires_at, revoked_at, revoked_reason
      FROM auth_sessions WHERE user_id = ${id}::uuid ORDER BY created_at`,
  },
  {
    file: 'stakeholders',
    ko: '소속 단체와 역할 (소유자, 관리자, 구성원)',
    en: 'The stakeholders you belong to and your role in each (owner, admin, member)',
    query: (id) => Prisma.sql`
      SELECT s.id AS stakeholder_id, s.name::text AS stakeholder, s.kind::text AS kind,
        m.role::text AS role, m.created_at AS joined_at
      FROM stakeholder_members m JOIN stakeholders s ON s.id = m.stakeholder_id
      WHERE m.user_id = ${id}::uuid ORDER BY m.created_at`,
  },
  {
    file: 'hub_staff',
    ko: '허브 직원 역할',
    en: 'Your posts as staff of a hub',
    query: (id) => Prisma.sql`
      SELECT h.slug AS hub, hs.role::text AS role, hs.created_at AS since
      FROM hub_staff hs JOIN hubs h ON h.id = hs.hub_id
      WHERE hs.user_id = ${id}::uuid ORDER BY hs.created_at`,
  },
  {
    file: 'invitations',
    ko: '내 이메일로 받은 단체 초대',
    en: 'Invitations to join a stakeholder sent to your e-mail',
    query: (id) => Prisma.sql`
      SELECT i.id, s.name::text AS stakeholder, i.role::text AS role, i.status::text AS status,
        i.created_at, i.expires_at, i.decided_at
      FROM stakeholder_invitations i JOIN stakeholders s ON s.id = i.stakeholder_id
      WHERE i.email = (SELECT email FROM users WHERE id = ${id}::uuid) ORDER BY i.created_at`,
  },
  {
    file: 'membership_applications',
    ko: '내가 신청한 허브 멤버십과 현재 상태',
    en: 'The hub memberships you applied for, and where each stands',
    query: (id) => Prisma.sql`
      SELECT m.id, h.slug AS hub, s.name::text AS stakeholder, m.plan::text AS plan,
        m.status::text AS status, m.motivation, m.created_at, m.updated_at
      FROM memberships m JOIN hubs h ON h.id = m.hub_id JOIN stakeholders s ON s.id = m.stakeholder_id
      WHERE m.applied_by_id = ${id}::uuid ORDER BY m.created_at`,
  },
  {
    file: 'bookings',
    ko: '공간 예약: 공간, 시간, 목적, 인원, 상태',
    en: 'Your bookings of spaces: space, times, purpose, attendees, status',
    query: (id) => Prisma.sql`
      SELECT b.id, sp.name AS space, b.starts_at, b.ends_at, b.purpose, b.attendees,
        b.status::text AS status, b.checked_in_at, b.created_at
      FROM bookings b JOIN spaces sp ON sp.id = b.space_id
      WHERE b.booker_id = ${id}::uuid ORDER BY b.starts_at`,
  },
  {
    file: 'events_organised',
    ko: '내가 연 행사',
    en: 'The events you organised',
    query: (id) => Prisma.sql`
      SELECT id, title, description, starts_at, ends_at, capacity, cancelled_at, created_at
      FROM events WHERE organizer_id = ${id}::uuid ORDER BY starts_at`,
  },
  {
    file: 'rsvps',
    ko: '행사 참가 신청 (참가, 대기, 취소)',
    en: 'Your RSVPs to events (going, waitlisted, cancelled)',
    query: (id) => Prisma.sql`
      SELECT r.id, e.title AS event, e.starts_at, r.status::text AS status, r.created_at, r.updated_at
      FROM rsvps r JOIN events e ON e.id = r.event_id
      WHERE r.user_id = ${id}::uuid ORDER BY e.starts_at`,
  },
  {
    file: 'partnerships_proposed',
    ko: '내가 제안한 파트너십',
    en: 'The partnerships you proposed',
    query: (id) => Prisma.sql`
      SELECT id, title, kind::text AS kind, status::text AS status, starts_on, ends_on, created_at
      FROM partnerships WHERE proposed_by_id = ${id}::uuid ORDER BY created_at`,
  },
  {
    file: 'partnership_comments',
    ko: '파트너십에 남긴 댓글',
    en: 'Your comments on partnerships',
    query: (id) => Prisma.sql`
      SELECT c.id, p.title AS partnership, c.body, c.created_at
      FROM partnership_comments c JOIN partnerships p ON p.id = c.partnership_id
      WHERE c.author_id = ${id}::uuid ORDER BY c.created_at`,
  },
  {
    file: 'projects',
    ko: '내가 제안했거나 팀원인 프로젝트',
    en: 'The projects you proposed or are on the team of',
    query: (id) => Prisma.sql`
      SELECT p.id, p.title, p.status::text AS status, pm.role::text AS team_role,
        (p.proposed_by_id = ${id}::uuid) AS proposed_by_you, p.created_at
      FROM projects p LEFT JOIN project_members pm ON pm.project_id = p.id AND pm.user_id = ${id}::uuid
      WHERE p.proposed_by_id = ${id}::uuid OR pm.user_id IS NOT NULL ORDER BY p.created_at`,
  },
  {
    file: 'committee_seats',
    ko: '위원회 위원 자리',
    en: 'Your seats on committees',
    query: (id) => Prisma.sql`
      SELECT c.name AS committee, c.kind::text AS kind, cm.created_at AS since
      FROM committee_members cm JOIN committees c ON c.id = cm.committee_id
      WHERE cm.user_id = ${id}::uuid ORDER BY cm.created_at`,
  },
  {
    file: 'committee_reviews',
    ko: '내가 작성한 프로젝트 심사 (점수, 권고, 의견)',
    en: 'The project reviews you wrote (score, recommendation, comment)',
    query: (id) => Prisma.sql`
      SELECT r.id, p.title AS project, c.name AS committee, r.round, r.score,
        r.recommendation::text AS recommendation, r.comment, r.submitted_at
      FROM project_reviews r JOIN projects p ON p.id = r.project_id JOIN committees c ON c.id = r.committee_id
      WHERE r.reviewer_id = ${id}::uuid ORDER BY r.submitted_at`,
  },
  {
    file: 'ballots',
    ko: '주민참여예산 투표 (본인에게만 공개: 선택한 프로젝트)',
    en: 'Your participatory-budgeting ballots (shown to you alone: the projects you chose)',
    query: (id) => Prisma.sql`
      SELECT b.id, r.title AS round, array_agg(p.title ORDER BY p.title) AS chosen_projects,
        b.created_at, b.updated_at
      FROM ballots b JOIN budget_rounds r ON r.id = b.round_id
        JOIN ballot_choices bc ON bc.ballot_id = b.id JOIN projects p ON p.id = bc.project_id
      WHERE b.voter_id = ${id}::uuid GROUP BY b.id, r.title ORDER BY b.created_at`,
  },
  {
    file: 'notifications',
    ko: '알림: 종류, 대상, 내용의 세부 정보, 읽은 시각',
    en: 'Your notifications: kind, what each was about, its particulars, when you read it',
    query: (id) => Prisma.sql`
      SELECT id, kind::text AS kind, entity_type, entity_id, params, legacy_message, read_at,
        created_at, mail::text AS mail, mailed_at
      FROM notifications WHERE recipient_id = ${id}::uuid ORDER BY created_at`,
  },
  {
    file: 'mail_preferences',
    ko: '알림 메일 설정 (종류별 수신 주기; 없는 종류는 기본값)',
    en: 'Your mail preferences (how often, per kind; kinds not listed follow the defaults)',
    query: (id) => Prisma.sql`
      SELECT kind::text AS kind, cadence::text AS cadence, updated_at
      FROM mail_preferences WHERE user_id = ${id}::uuid ORDER BY kind`,
  },
  {
    file: 'audit_log',
    ko: '감사 기록 중 내가 행위자인 항목',
    en: 'The audit-log entries of what you did',
    query: (id) => Prisma.sql`
      SELECT id, action, entity_type, entity_id, details, at
      FROM audit_log WHERE actor_id = ${id}::uuid ORDER BY at, id`,
  },
];
