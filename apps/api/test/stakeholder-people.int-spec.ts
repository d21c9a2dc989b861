import { Client } from 'pg';
import { Park, Person, SET_UP_MS, Stakeholder, startPark, TestApi } from './support';

// A stakeholder's people: removing one, changing a role, leaving, handing over ownership. Each
// answers the stakeholder and the person changed; none ever leaves a stakeholder without an
// OWNER, even when two owners act at once (the database queues and checks them). Adding people:
// directory-edit.int-spec.ts.

type Variables = Record<string, unknown>;
type Role = 'OWNER' | 'ADMIN' | 'MEMBER';

const PAYLOAD = `stakeholder { id members { role user { id } } } member { role user { id } }`;
const REMOVE = `mutation Remove($stakeholderId: ID!, $userId: ID!) {
  removeStakeholderMember(stakeholderId: $stakeholderId, userId: $userId) { ${PAYLOAD} } }`;
const CHANGE = `mutation Change($stakeholderId: ID!, $userId: ID!, $role: StakeholderRole!) {
  changeStakeholderMemberRole(stakeholderId: $stakeholderId, userId: $userId, role: $role) {
    ${PAYLOAD} } }`;
const LEAVE = `mutation Leave($stakeholderId: ID!) {
  leaveStakeholder(stakeholderId: $stakeholderId) { ${PAYLOAD} } }`;
const TRANSFER = `mutation Transfer($stakeholderId: ID!, $userId: ID!) {
  transferStakeholderOwnership(stakeholderId: $stakeholderId, userId: $userId) { ${PAYLOAD} } }`;

interface Payload {
  stakeholder: { id: string; members: { role: Role; user: { id: string } }[] };
  member: { role: Role; user: { id: string } };
}

let api: TestApi;
let park: Park;

/** The stakeholder's people as stored: user id → role. */
async function people(stakeholder: Stakeholder): Promise<Record<string, Role>> {
  const rows = await api.prisma.stakeholderMember.findMany({
    where: { stakeholderId: stakeholder.id },
  });
  return Object.fromEntries(rows.map((row) => [row.userId, row.role as Role]));
}

async function ok(query: string, variables: Variables, who: Person): Promise<Payload> {
  const data = await api.graphql.ok<Record<string, Payload>>(query, variables, who.as);
  return Object.values(data)[0];
}

async function refused(query: string, variables: Variables, who?: Person) {
  const { errors } = await api.graphql.execute(query, variables, who?.as ?? {});
  expect(errors).toHaveLength(1);
  return errors![0];
}

/** A stakeholder with an OWNER, a second OWNER, an ADMIN and a MEMBER. */
async function team() {
  const stakeholder = await park.newStakeholder();
  const coOwner = await park.addMember(stakeholder, 'OWNER');
  const admin = await park.addMember(stakeholder, 'ADMIN');
  const member = await park.addMember(stakeholder, 'MEMBER');
  return { stakeholder, owner: stakeholder.owner, coOwner, admin, member };
}

describe('a stakeholder’s people', () => {
  beforeAll(async () => {
    ({ api, park } = await startPark());
  }, SET_UP_MS);
  afterAll(() => api.close());

  describe('removing someone', () => {
    it('lets an owner remove an admin: answers the stakeholder without them and who it was', async () => {
      const { stakeholder, owner, admin } = await team();

      const removed = await ok(REMOVE, { stakeholderId: stakeholder.id, userId: admin.id }, owner);

      expect(removed.member).toEqual({ role: 'ADMIN', user: { id: admin.id } });
      expect(removed.stakeholder.members.map((m) => m.user.id)).not.toContain(admin.id);
      expect(await people(stakeholder)).not.toHaveProperty(admin.id);
      const notice = await api.prisma.notification.findFirstOrThrow({
        where: { recipientId: admin.id, kind: 'STAKEHOLDER_MEMBER_REMOVED' },
      });
      expect(notice).toMatchObject({ entityType: 'Stakeholder', entityId: stakeholder.id });
      const entry = await api.prisma.auditLogEntry.findFirstOrThrow({
        where: { entityId: stakeholder.id, action: 'StakeholderMember.remove' },
      });
      expect(entry).toMatchObject({
        actorId: owner.id,
        details: { userId: admin.id, role: 'ADMIN' },
      });
    });

    it('lets an admin remove a member', async () => {
      const { stakeholder, admin, member } = await team();

      await ok(REMOVE, { stakeholderId: stakeholder.id, userId: member.id }, admin);

      expect(await people(stakeholder)).not.toHaveProperty(member.id);
    });

    it.each<[string, 'admin' | 'member' | 'stranger' | 'hubStaff', 'owner' | 'admin', string]>([
      ['an admin removing an owner', 'admin', 'owner', 'FORBIDDEN'],
      ['a member removing an admin', 'member', 'admin', 'FORBIDDEN'],
      ['a stranger removing an admin', 'stranger', 'admin', 'FORBIDDEN'],
      ['hub staff removing an admin', 'hubStaff', 'admin', 'FORBIDDEN'],
    ])('refuses %s, changing nothing', async (_story, actor, target, code) => {
      const cast = {
        ...(await team()),
        stranger: await park.newUser(),
        hubStaff: await park.hubStaff(await park.hub()),
      };
      const before = await people(cast.stakeholder);

      const error = await refused(
        REMOVE,
        { stakeholderId: cast.stakeholder.id, userId: cast[target].id },
        cast[actor],
      );

      expect(error.extensions.code).toBe(code);
      expect(await people(cast.stakeholder)).toEqual(before);
    });

    it('refuses someone who is not one of its people as NOT_FOUND, and an unknown stakeholder', async () => {
      const { stakeholder, owner } = await team();
      const outsider = await park.newUser();
      const before = await people(stakeholder);

      const notOurs = await refused(
        REMOVE,
        { stakeholderId: stakeholder.id, userId: outsider.id },
        owner,
      );
      const unknown = await refused(
        REMOVE,
        { stakeholderId: outsider.id, userId: owner.id },
        owner,
      );
      const malformed = await refused(REMOVE, { stakeholderId: 'x', userId: owner.id }, owner);

      expect(notOurs.extensions.code).toBe('NOT_FOUND');
      expect(unknown.extensions.code).toBe('NOT_FOUND');
      expect(malformed.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['stakeholderId'],
      });
      expect(await people(stakeholder)).toEqual(before);
    });

    it('refuses to remove the last owner, even for a park admin', async () => {
      const stakeholder = await park.newStakeholder();
      const admin = await park.parkAdmin();

      const error = await refused(
        REMOVE,
        { stakeholderId: stakeholder.id, userId: stakeholder.owner.id },
        admin,
      );

      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['userId'] });
      expect(await people(stakeholder)).toEqual({ [stakeholder.owner.id]: 'OWNER' });
    });

    it('refuses an anonymous caller', async () => {
      const { stakeholder, member } = await team();

      const error = await refused(REMOVE, { stakeholderId: stakeholder.id, userId: member.id });

      expect(error.extensions.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('changing a role', () => {
    it('lets an owner make a member an admin, telling them', async () => {
      const { stakeholder, owner, member } = await team();

      const changed = await ok(
        CHANGE,
        { stakeholderId: stakeholder.id, userId: member.id, role: 'ADMIN' },
        owner,
      );

      expect(changed.member).toEqual({ role: 'ADMIN', user: { id: member.id } });
      expect(changed.stakeholder.members).toContainEqual({
        role: 'ADMIN',
        user: { id: member.id },
      });
      expect(await people(stakeholder)).toHaveProperty(member.id, 'ADMIN');
      const notice = await api.prisma.notification.findFirstOrThrow({
        where: { recipientId: member.id, kind: 'STAKEHOLDER_ROLE_CHANGED' },
      });
      expect(notice.params).toEqual({ stakeholder: stakeholder.name, role: 'ADMIN' });
    });

    it('lets an owner step down while another owner remains', async () => {
      const { stakeholder, owner } = await team();

      await ok(CHANGE, { stakeholderId: stakeholder.id, userId: owner.id, role: 'MEMBER' }, owner);

      expect(await people(stakeholder)).toHaveProperty(owner.id, 'MEMBER');
    });

    it.each<[string, 'admin' | 'member', 'member' | 'owner', Role]>([
      ['an admin making someone an owner', 'admin', 'member', 'OWNER'],
      ['an admin demoting an owner', 'admin', 'owner', 'MEMBER'],
      ['a member promoting themselves', 'member', 'member', 'ADMIN'],
    ])('refuses %s', async (_story, actor, target, role) => {
      const cast = await team();
      const before = await people(cast.stakeholder);

      const error = await refused(
        CHANGE,
        { stakeholderId: cast.stakeholder.id, userId: cast[target].id, role },
        cast[actor],
      );

      expect(error.extensions.code).toBe('FORBIDDEN');
      expect(await people(cast.stakeholder)).toEqual(before);
    });

    it('refuses to demote the last owner, naming role', async () => {
      const stakeholder = await park.newStakeholder();

      const error = await refused(
        CHANGE,
        { stakeholderId: stakeholder.id, userId: stakeholder.owner.id, role: 'ADMIN' },
        stakeholder.owner,
      );

      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['role'] });
      expect(await people(stakeholder)).toEqual({ [stakeholder.owner.id]: 'OWNER' });
    });

    it('refuses a role that is not one', async () => {
      const { stakeholder, owner, member } = await team();

      const { status, errors } = await api.graphql.execute(
        CHANGE,
        { stakeholderId: stakeholder.id, userId: member.id, role: 'BOSS' },
        owner.as,
      );

      expect(status).toBe(400);
      expect(errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('leaving', () => {
    it('lets a member leave', async () => {
      const { stakeholder, member } = await team();

      const left = await ok(LEAVE, { stakeholderId: stakeholder.id }, member);

      expect(left.member).toEqual({ role: 'MEMBER', user: { id: member.id } });
      expect(await people(stakeholder)).not.toHaveProperty(member.id);
    });

    it('treats removing oneself as leaving: an admin may go, though admins cannot remove owners', async () => {
      const { stakeholder, admin } = await team();

      await ok(REMOVE, { stakeholderId: stakeholder.id, userId: admin.id }, admin);

      expect(await people(stakeholder)).not.toHaveProperty(admin.id);
    });

    it('refuses the last owner, who must hand over first', async () => {
      const stakeholder = await park.newStakeholder();
      await park.addMember(stakeholder, 'ADMIN');
      const before = await people(stakeholder);

      const error = await refused(LEAVE, { stakeholderId: stakeholder.id }, stakeholder.owner);

      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['stakeholderId'] });
      expect(await people(stakeholder)).toEqual(before);
    });

    it('refuses someone who is not one of its people', async () => {
      const stakeholder = await park.newStakeholder();

      const error = await refused(LEAVE, { stakeholderId: stakeholder.id }, await park.newUser());

      expect(error.extensions.code).toBe('NOT_FOUND');
    });
  });

  describe('handing over ownership', () => {
    it('makes the person an owner and the owner an admin, in one step', async () => {
      const stakeholder = await park.newStakeholder();
      const successor = await park.addMember(stakeholder, 'MEMBER');

      const handed = await ok(
        TRANSFER,
        { stakeholderId: stakeholder.id, userId: successor.id },
        stakeholder.owner,
      );

      expect(handed.member).toEqual({ role: 'OWNER', user: { id: successor.id } });
      expect(await people(stakeholder)).toEqual({
        [stakeholder.owner.id]: 'ADMIN',
        [successor.id]: 'OWNER',
      });
      const entry = await api.prisma.auditLogEntry.findFirstOrThrow({
        where: { entityId: stakeholder.id, action: 'Stakeholder.transferOwnership' },
      });
      expect(entry.details).toEqual({ userId: successor.id });
    });

    it.each<[string, 'admin' | 'owner', 'member' | 'owner' | 'outsider', string]>([
      ['an admin handing it over', 'admin', 'member', 'FORBIDDEN'],
      ['handing it to oneself', 'owner', 'owner', 'BAD_USER_INPUT'],
      ['handing it to someone outside', 'owner', 'outsider', 'NOT_FOUND'],
    ])('refuses %s, changing nothing', async (_story, actor, target, code) => {
      const cast = { ...(await team()), outsider: await park.newUser() };
      const before = await people(cast.stakeholder);

      const error = await refused(
        TRANSFER,
        { stakeholderId: cast.stakeholder.id, userId: cast[target].id },
        cast[actor],
      );

      expect(error.extensions.code).toBe(code);
      expect(await people(cast.stakeholder)).toEqual(before);
    });
  });

  describe('two owners at once', () => {
    it('lets one of two owners demoting each other at the same moment win; an owner remains', async () => {
      for (let round = 0; round < 6; round += 1) {
        const stakeholder = await park.newStakeholder();
        const other = await park.addMember(stakeholder, 'OWNER');
        const first = stakeholder.owner;
        const demote = (who: Person, whom: Person) =>
          api.graphql.execute(
            round % 2 ? CHANGE : REMOVE,
            { stakeholderId: stakeholder.id, userId: whom.id, role: 'MEMBER' },
            who.as,
          );

        const results = await Promise.all([demote(first, other), demote(other, first)]);

        const won = results.filter((result) => !result.errors);
        const lost = results.flatMap((result) => result.errors ?? []);
        expect(won).toHaveLength(1);
        // Lost the race in the database (CONFLICT), or came second: no owner any more, or the
        // other is the last owner now.
        expect(['CONFLICT', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND']).toContain(
          lost[0]?.extensions.code,
        );
        const owners = Object.values(await people(stakeholder)).filter((r) => r === 'OWNER');
        expect(owners).toHaveLength(1);
      }
    });

    it('makes the second of two overlapping transactions wait, then refuses it: the database guard', async () => {
      const stakeholder = await park.newStakeholder();
      const other = await park.addMember(stakeholder, 'OWNER');
      const one = new Client({ connectionString: api.database.url });
      const two = new Client({ connectionString: api.database.url });
      await Promise.all([one.connect(), two.connect()]);
      const demote = (client: Client, userId: string) =>
        client.query(
          `UPDATE stakeholder_members SET role = 'ADMIN'
           WHERE stakeholder_id = $1 AND user_id = $2`,
          [stakeholder.id, userId],
        );
      try {
        await one.query('BEGIN');
        await two.query('BEGIN');
        await demote(one, other.id);
        // Blocks on the stakeholder row that the first transaction's check locked.
        const second = demote(two, stakeholder.owner.id).then(
          () => null,
          (error: { code?: string; constraint?: string }) => error,
        );
        await new Promise((resolve) => setTimeout(resolve, 200));
        await one.query('COMMIT');

        const error = await second;
        await two.query('ROLLBACK');

        expect(error).toMatchObject({ code: '23514', constraint: 'stakeholder_keeps_an_owner' });
        expect(await people(stakeholder)).toEqual({
          [stakeholder.owner.id]: 'OWNER',
          [other.id]: 'ADMIN',
        });
      } finally {
        await Promise.all([one.end(), two.end()]);
      }
    });

    it('lets a stakeholder be deleted with its people, owner and all', async () => {
      const stakeholder = await park.newStakeholder();

      await api.prisma.stakeholder.delete({ where: { id: stakeholder.id } });

      expect(await people(stakeholder)).toEqual({});
    });
  });
});
