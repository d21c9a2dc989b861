import { hashPassword, IdentityService } from '@park/identity';
import { startTestApi, TestApi } from './test-api';
import { WEEKDAY_HOURS } from './time';

// Small factories that build what a story needs through the real API, so tests never lean on
// the demo seed's people. Two things go around it: hubs have no API (the seed makes them), so
// `hub()` writes the row; and people are written with one shared password hash and signed in
// through IdentityService.openSession, because a scrypt per person (32 MiB, ~0.3 s, seconds on
// a loaded machine) made set-up slower than the stories. Identity's own tests use the API.
// Names and e-mails are unique per call and per test database, so files never collide.

export const PASSWORD = 'park-commons-test-password';

export type HubSlug = 'youth-hub' | 'social-economy-centre' | 'local-community-centre';
export type HubStaffRole = 'MANAGER' | 'COORDINATOR';
export type StakeholderRole = 'OWNER' | 'ADMIN' | 'MEMBER';
type Variables = Record<string, unknown>;

const HUBS: Record<HubSlug, { name: string; nameKo: string; kind: string }> = {
  'youth-hub': { name: 'Youth Hub', nameKo: '서울청년허브', kind: 'YOUTH' },
  'social-economy-centre': {
    name: 'Social Economy Support Centre',
    nameKo: '서울시사회적경제지원센터',
    kind: 'SOCIAL_ECONOMY',
  },
  'local-community-centre': {
    name: 'Local Community Support Centre',
    nameKo: '서울시마을공동체종합지원센터',
    kind: 'LOCAL_COMMUNITY',
  },
};

/** Someone signed in: `as` goes straight into a GraphqlClient call's options. */
export interface Person {
  id: string;
  email: string;
  displayName: string;
  token: string;
  as: { token: string };
}
export interface Hub {
  id: string;
  slug: HubSlug;
  name: string;
}
export interface Stakeholder {
  id: string;
  name: string;
  owner: Person;
}
/** A stakeholder with an APPROVED membership of `hub`, its owner signed in. */
export interface Member extends Stakeholder {
  hub: Hub;
  membershipId: string;
}

export class Park {
  private count = 0;
  private readonly tag: string;
  private steward?: Promise<Person>;
  private readonly managers = new Map<string, Promise<Person>>();

  constructor(readonly api: TestApi) {
    this.tag = api.database.name.split('_').pop() ?? 'test';
  }

  /** `label` made unique in this park: "label 7 3fa9c2d1". */
  unique(label: string): string {
    this.count += 1;
    return `${label} ${this.count} ${this.tag}`;
  }

  /** One of the park's three hubs (created on first use). */
  async hub(slug: HubSlug = 'youth-hub'): Promise<Hub> {
    const { name, nameKo, kind } = HUBS[slug];
    const row = await this.api.prisma.hub.upsert({
      where: { slug },
      update: {},
      create: { slug, name, nameKo, kind: kind as never, description: `${name}, for tests.` },
    });
    return { id: row.id, slug, name: row.name };
  }

  /** A new person (role MEMBER unless told), signed in; their password is PASSWORD. */
  async newUser(
    options: { label?: string; displayName?: string; role?: 'MEMBER' | 'PARK_ADMIN' } = {},
  ): Promise<Person> {
    const label = options.label ?? 'person';
    const email = `${this.unique(label).replace(/ /g, '-')}@example.org`.toLowerCase();
    const displayName = options.displayName ?? this.unique(label);
    const user = await this.api.prisma.user.create({
      data: { email, displayName, passwordHash: await passwordHash(), role: options.role },
    });
    return this.signIn(user);
  }

  /** A fresh PARK_ADMIN (only the seed makes one; the API cannot). */
  parkAdmin(): Promise<Person> {
    return this.newUser({ label: 'park-admin', role: 'PARK_ADMIN' });
  }

  /** `count` new people at once, signed in (`label` and `role` as for newUser). */
  newUsers(
    count: number,
    options: { label?: string; role?: 'MEMBER' | 'PARK_ADMIN' } = {},
  ): Promise<Person[]> {
    return Promise.all(Array.from({ length: count }, () => this.newUser(options)));
  }

  /** A fresh person made `role` of `hub` by a park admin (named `displayName` if given). */
  async hubStaff(
    hub: Hub,
    role: HubStaffRole = 'MANAGER',
    options: { displayName?: string } = {},
  ): Promise<Person> {
    const user = await this.newUser({ label: `${hub.slug}-${role.toLowerCase()}`, ...options });
    await this.api.graphql.ok(
      `mutation Assign($hubId: ID!, $userId: ID!, $role: HubStaffRole!) {
        assignHubStaff(hubId: $hubId, userId: $userId, role: $role) { id } }`,
      { hubId: hub.id, userId: user.id, role },
      (await this.admin()).as,
    );
    return user;
  }

  /** A stakeholder owned by `owner` (a new person unless given). */
  async newStakeholder(
    options: { owner?: Person; name?: string; kind?: string } & Variables = {},
  ): Promise<Stakeholder> {
    const { owner: given, name: named, kind = 'YOUTH_GROUP', ...input } = options;
    const owner = given ?? (await this.newUser({ label: 'owner' }));
    const name = named ?? this.unique('Stakeholder');
    const { createStakeholder } = await this.api.graphql.ok<{ createStakeholder: { id: string } }>(
      `mutation Create($input: CreateStakeholderInput!) { createStakeholder(input: $input) { id } }`,
      { input: { name, kind, ...input } },
      owner.as,
    );
    return { id: createStakeholder.id, name, owner };
  }

  /**
   * Adds `who` (a new person unless given) to the stakeholder with `role`: the owner invites
   * them and they accept.
   */
  async addMember(
    stakeholder: Stakeholder,
    role: StakeholderRole = 'MEMBER',
    who?: Person,
  ): Promise<Person> {
    const added = who ?? (await this.newUser({ label: role.toLowerCase() }));
    const id = await this.invite(stakeholder.id, added.email, role, stakeholder.owner);
    await this.acceptInvitation(id, added);
    return added;
  }

  /** `by` invites `email` to the stakeholder with `role`: the pending invitation's id. */
  async invite(
    stakeholderId: string,
    email: string,
    role: StakeholderRole,
    by: { as: { token?: string } },
  ): Promise<string> {
    const { addStakeholderMember } = await this.api.graphql.ok<{
      addStakeholderMember: { invitation: { id: string } };
    }>(
      `mutation Invite($id: ID!, $email: String!, $role: StakeholderRole!) {
        addStakeholderMember(stakeholderId: $id, email: $email, role: $role) {
          invitation { id } } }`,
      { id: stakeholderId, email, role },
      by.as,
    );
    return addStakeholderMember.invitation.id;
  }

  /** Marks the e-mail's account verified, as following the verification link does. */
  async verifyEmail(email: string): Promise<void> {
    await this.api.prisma.user.updateMany({
      where: { email: { equals: email, mode: 'insensitive' }, emailVerifiedAt: null },
      data: { emailVerifiedAt: new Date() },
    });
  }

  /** `who` (its e-mail verified first: only then may they answer) accepts the invitation. */
  async acceptInvitation(id: string, who: { as: { token?: string } }): Promise<void> {
    const { email } = await this.api.prisma.stakeholderInvitation.findUniqueOrThrow({
      where: { id },
    });
    await this.verifyEmail(email);
    await this.api.graphql.ok(
      `mutation Accept($id: ID!) { acceptStakeholderInvitation(id: $id) { member { id } } }`,
      { id },
      who.as,
    );
  }

  /** Adds every one of `people` to the stakeholder with `role`, ten at a time. */
  async addMembers(
    stakeholder: Stakeholder,
    people: Person[],
    role: StakeholderRole = 'MEMBER',
  ): Promise<void> {
    for (let first = 0; first < people.length; first += 10) {
      await Promise.all(
        people.slice(first, first + 10).map((who) => this.addMember(stakeholder, role, who)),
      );
    }
  }

  /** The stakeholder's owner applies to `hub`: a SUBMITTED membership's id. */
  async apply(hub: Hub, stakeholder: Stakeholder, plan = 'COWORKING'): Promise<string> {
    const { applyForMembership } = await this.api.graphql.ok<{
      applyForMembership: { id: string };
    }>(
      `mutation Apply($input: ApplyForMembershipInput!) { applyForMembership(input: $input) { id } }`,
      {
        input: {
          hubId: hub.id,
          stakeholderId: stakeholder.id,
          plan,
          motivation: 'We would like to work from the park every week.',
        },
      },
      stakeholder.owner.as,
    );
    return applyForMembership.id;
  }

  /** A stakeholder with an APPROVED membership of `hub` (a new one unless given). */
  async newMember(hub: Hub, stakeholder?: Stakeholder): Promise<Member> {
    const joining = stakeholder ?? (await this.newStakeholder());
    const membershipId = await this.apply(hub, joining);
    const admin = await this.admin();
    for (const field of ['startMembershipReview', 'approveMembership']) {
      await this.api.graphql.ok(
        `mutation Move($id: ID!) { ${field}(id: $id) { id } }`,
        { id: membershipId },
        admin.as,
      );
    }
    return { ...joining, hub, membershipId };
  }

  /** A room of `hub` made by its manager, with the policy and hours a story needs. */
  async newSpace(
    hub: Hub,
    options: {
      policy?: Variables;
      openingHours?: { weekday: number; opens: string; closes: string }[];
      name?: string;
      kind?: string;
      capacity?: number;
      amenities?: string[];
      by?: Person;
    } = {},
  ): Promise<{ id: string; name: string }> {
    const name = options.name ?? this.unique('Room');
    const by = options.by ?? (await this.manager(hub));
    const { createSpace } = await this.api.graphql.ok<{ createSpace: { id: string } }>(
      `mutation Create($input: CreateSpaceInput!) { createSpace(input: $input) { id } }`,
      {
        input: {
          hubId: hub.id,
          name,
          kind: options.kind ?? 'MEETING_ROOM',
          capacity: options.capacity ?? 8,
          amenities: options.amenities ?? [],
          policy: options.policy ?? {},
          openingHours: options.openingHours ?? WEEKDAY_HOURS,
        },
      },
      by.as,
    );
    return { id: createSpace.id, name };
  }

  /** A park admin shared by the factories (approving memberships, assigning staff). */
  admin(): Promise<Person> {
    this.steward ??= this.parkAdmin();
    return this.steward;
  }

  /** A manager of `hub` shared by the factories (making rooms). */
  manager(hub: Hub): Promise<Person> {
    let manager = this.managers.get(hub.id);
    if (!manager) {
      manager = this.hubStaff(hub, 'MANAGER');
      this.managers.set(hub.id, manager);
    }
    return manager;
  }

  /** A new session for `who`, as a successful login would open. */
  async signIn(who: { id: string; email: string; displayName: string }): Promise<Person> {
    const user = await this.api.prisma.user.findUniqueOrThrow({ where: { id: who.id } });
    const { accessToken } = await this.api.app.get(IdentityService).openSession(user);
    return person(user.id, user.email, user.displayName, accessToken);
  }
}

let hashed: Promise<string> | undefined;
/** PASSWORD's hash, made once per test file. */
function passwordHash(): Promise<string> {
  hashed ??= hashPassword(PASSWORD);
  return hashed;
}

function person(id: string, email: string, displayName: string, token: string): Person {
  return { id, email, displayName, token, as: { token } };
}

/** The API on a fresh database and a park of factories over it: call in beforeAll. */
export async function startPark(env: Record<string, string> = {}) {
  const api = await startTestApi(env);
  return { api, park: new Park(api) };
}
