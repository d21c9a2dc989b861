import { codeOf, freshEmail } from './support/responses';
import { Park, Person, Stakeholder, startPark, TestApi } from './support';

// Adding a person to a stakeholder invites them (issue 21 item 17): nobody joins without
// accepting. Invitations reach an account with the e-mail, now or once it signs up; one is
// pending per stakeholder and e-mail (a partial unique index), and each decision locks the row,
// so racing decisions leave one outcome.

const INVITE = `mutation Invite($id: ID!, $email: String!, $role: StakeholderRole!) {
  addStakeholderMember(stakeholderId: $id, email: $email, role: $role) {
    stakeholder { id } invitation { id email role status invitedBy { id } } } }`;
const ACCEPT = `mutation ($id: ID!) { acceptStakeholderInvitation(id: $id) {
  stakeholder { members { role user { id } } } member { role user { id } } } }`;
const DECLINE = `mutation ($id: ID!) { declineStakeholderInvitation(id: $id) {
  invitation { id status decidedAt } } }`;
const CANCEL = `mutation ($id: ID!) { cancelStakeholderInvitation(id: $id) {
  stakeholder { invitations { id } } invitation { id status } } }`;
const MINE = `{ me { stakeholderInvitations { id role status availableActions
  stakeholder { id name } } } }`;
const PENDING = `query ($id: ID!) { stakeholder(id: $id) {
  invitations { id email role availableActions } } }`;
const NODE = `query ($id: ID!) { node(id: $id) { __typename id
  ... on StakeholderInvitation { status } } }`;
const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { accessToken } }`;

interface Invitation {
  id: string;
  email: string;
  role: string;
  status: string;
}

let api: TestApi;
let park: Park;

beforeAll(async () => {
  ({ api, park } = await startPark({ REGISTER_LIMIT_PER_HOUR: '100' }));
});
afterAll(() => api.close());

const invite = (stakeholderId: string, email: string, by: Person, role = 'MEMBER') =>
  api.graphql.execute<{ addStakeholderMember: { invitation: Invitation } }>(
    INVITE,
    { id: stakeholderId, email, role },
    by.as,
  );

async function invited(stakeholder: Stakeholder, email: string, role = 'MEMBER') {
  const response = await invite(stakeholder.id, email, stakeholder.owner, role);
  expect(response.errors).toBeUndefined();
  return response.data!.addStakeholderMember.invitation;
}

const mine = async (who: { as: { token?: string } }) =>
  (
    await api.graphql.ok<{
      me: {
        stakeholderInvitations: (Invitation & {
          availableActions: string[];
          stakeholder: { id: string };
        })[];
      };
    }>(MINE, {}, who.as)
  ).me.stakeholderInvitations;

const pendingSeenBy = async (stakeholder: Stakeholder, who: { as: { token?: string } }) =>
  (
    await api.graphql.ok<{
      stakeholder: { invitations: (Invitation & { availableActions: string[] })[] | null };
    }>(PENDING, { id: stakeholder.id }, who.as)
  ).stakeholder.invitations;

/** Someone who may answer an invitation: their e-mail is verified. */
async function invitee(label: string): Promise<Person> {
  const person = await park.newUser({ label });
  await park.verifyEmail(person.email);
  return person;
}

const membersOf = (stakeholderId: string) =>
  api.prisma.stakeholderMember.findMany({ where: { stakeholderId } });

describe('inviting', () => {
  it('sends a pending invitation: the person is told and sees it, nobody joins yet', async () => {
    const stakeholder = await park.newStakeholder();
    const person = await invitee('invitee');

    const invitation = await invited(stakeholder, person.email.toUpperCase(), 'ADMIN');

    expect(invitation).toMatchObject({ email: person.email, role: 'ADMIN', status: 'PENDING' });
    expect(await membersOf(stakeholder.id)).toHaveLength(1);
    const stored = await api.prisma.stakeholderInvitation.findUniqueOrThrow({
      where: { id: invitation.id },
    });
    const days = (stored.expiresAt.getTime() - stored.createdAt.getTime()) / 86_400_000;
    expect(days).toBeCloseTo(14, 2);
    expect(await mine(person)).toEqual([
      expect.objectContaining({
        id: invitation.id,
        availableActions: ['ACCEPT', 'DECLINE'],
        stakeholder: { id: stakeholder.id, name: stakeholder.name },
      }),
    ]);
    const notice = await api.graphql.ok<{
      notifications: {
        edges: {
          node: { kind: string; message: string; subject: { __typename: string; id: string } };
        }[];
      };
    }>(
      `{ notifications(first: 5) { edges { node { kind message
        subject { __typename ... on StakeholderInvitation { id } } } } } }`,
      {},
      person.as,
    );
    expect(notice.notifications.edges.map(({ node }) => node)).toEqual([
      {
        kind: 'STAKEHOLDER_INVITATION',
        message: expect.stringContaining(stakeholder.name),
        subject: { __typename: 'StakeholderInvitation', id: invitation.id },
      },
    ]);
    const audit = await api.prisma.auditLogEntry.findFirstOrThrow({
      where: { entityId: stakeholder.id, action: 'StakeholderInvitation.invite' },
    });
    expect(audit.actorId).toBe(stakeholder.owner.id);
  });

  it('reaches someone who signs up with the e-mail afterwards', async () => {
    const stakeholder = await park.newStakeholder();
    const email = freshEmail('later');
    const invitation = await invited(stakeholder, email);

    const { register } = await api.graphql.ok<{ register: { accessToken: string } }>(REGISTER, {
      input: { email, password: 'correct horse battery', displayName: 'Minji Later' },
    });
    const newcomer = { as: { token: register.accessToken } };

    expect((await mine(newcomer)).map((row) => row.id)).toEqual([invitation.id]);
    await park.verifyEmail(email);
    await api.graphql.ok(ACCEPT, { id: invitation.id }, newcomer.as);
    expect(await membersOf(stakeholder.id)).toHaveLength(2);
  });

  it('shows the pending ones to its owners, admins and park admins only', async () => {
    const stakeholder = await park.newStakeholder();
    const admin = await park.addMember(stakeholder, 'ADMIN');
    const member = await park.addMember(stakeholder, 'MEMBER');
    const [stranger, parkAdmin] = [await park.newUser(), await park.parkAdmin()];
    const owners = await invited(stakeholder, freshEmail('owner-to-be'), 'OWNER');
    const plain = await invited(stakeholder, freshEmail('member-to-be'));

    const ids = (rows: { id: string }[] | null) => rows?.map((row) => row.id);
    expect(ids(await pendingSeenBy(stakeholder, stakeholder.owner))).toEqual([owners.id, plain.id]);
    expect(ids(await pendingSeenBy(stakeholder, parkAdmin))).toEqual([owners.id, plain.id]);
    // An admin sees both, and may cancel only the one it could have sent.
    expect(await pendingSeenBy(stakeholder, admin)).toEqual([
      expect.objectContaining({ id: owners.id, availableActions: [] }),
      expect.objectContaining({ id: plain.id, availableActions: ['CANCEL'] }),
    ]);
    expect(await pendingSeenBy(stakeholder, member)).toBeNull();
    expect(await pendingSeenBy(stakeholder, stranger)).toBeNull();
    expect(await pendingSeenBy(stakeholder, { as: {} })).toBeNull();
  });

  it('refuses a second invitation while one is pending, and someone already a member', async () => {
    const stakeholder = await park.newStakeholder();
    const member = await park.addMember(stakeholder, 'MEMBER');
    const email = freshEmail('twice');
    await invited(stakeholder, email);

    const again = await invite(stakeholder.id, email, stakeholder.owner, 'ADMIN');
    const joined = await invite(stakeholder.id, member.email, stakeholder.owner);

    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: ['email'] });
    expect(joined.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: ['email'] });
    expect(await api.prisma.stakeholderInvitation.count({ where: { email } })).toBe(1);
    expect(
      await api.prisma.stakeholderInvitation.count({
        where: { email: member.email, status: 'PENDING' },
      }),
    ).toBe(0);
  });

  it('keeps one pending invitation when two are sent at the same moment', async () => {
    const stakeholder = await park.newStakeholder();
    const admin = await park.addMember(stakeholder, 'ADMIN');
    const email = freshEmail('at-once');

    const answers = await Promise.all([
      invite(stakeholder.id, email, stakeholder.owner),
      invite(stakeholder.id, email, admin),
      invite(stakeholder.id, email, stakeholder.owner, 'ADMIN'),
    ]);

    expect(answers.map(codeOf).sort()).toEqual(['CONFLICT', 'CONFLICT', undefined]);
    expect(await api.prisma.stakeholderInvitation.count({ where: { email } })).toBe(1);
  });
});

describe('deciding', () => {
  it('accepting makes them one of its people with the invited role, once', async () => {
    const stakeholder = await park.newStakeholder();
    const person = await invitee('joiner');
    const invitation = await invited(stakeholder, person.email, 'ADMIN');

    const { acceptStakeholderInvitation } = await api.graphql.ok<{
      acceptStakeholderInvitation: { member: { role: string; user: { id: string } } };
    }>(ACCEPT, { id: invitation.id }, person.as);
    const again = await api.graphql.execute(ACCEPT, { id: invitation.id }, person.as);

    expect(acceptStakeholderInvitation.member).toEqual({ role: 'ADMIN', user: { id: person.id } });
    expect(again.errors?.[0]).toMatchObject({
      message: 'This invitation was already accepted',
      extensions: { code: 'CONFLICT', status: 'ACCEPTED' },
    });
    expect(await mine(person)).toEqual([]);
    expect(
      await api.prisma.auditLogEntry.count({
        where: {
          entityId: stakeholder.id,
          action: 'StakeholderInvitation.accept',
          actorId: person.id,
        },
      }),
    ).toBe(1);
  });

  it('accepting twice at the same moment joins once', async () => {
    const stakeholder = await park.newStakeholder();
    const person = await invitee('double');
    const { id } = await invited(stakeholder, person.email);

    const answers = await Promise.all(
      [1, 2, 3].map(() => api.graphql.execute(ACCEPT, { id }, person.as)),
    );

    expect(answers.map(codeOf).sort()).toEqual(['CONFLICT', 'CONFLICT', undefined]);
    expect(await membersOf(stakeholder.id)).toHaveLength(2);
  });

  it('accepting and cancelling at the same moment leave one outcome', async () => {
    for (let round = 0; round < 4; round += 1) {
      const stakeholder = await park.newStakeholder();
      const person = await invitee('race');
      const { id } = await invited(stakeholder, person.email);

      const [accepted, cancelled] = await Promise.all([
        api.graphql.execute(ACCEPT, { id }, person.as),
        api.graphql.execute(CANCEL, { id }, stakeholder.owner.as),
      ]);

      expect([codeOf(accepted), codeOf(cancelled)].filter(Boolean)).toEqual(['CONFLICT']);
      const { status } = await api.prisma.stakeholderInvitation.findUniqueOrThrow({
        where: { id },
      });
      const joined = (await membersOf(stakeholder.id)).some((m) => m.userId === person.id);
      expect({ status, joined }).toEqual(
        codeOf(accepted)
          ? { status: 'CANCELLED', joined: false }
          : { status: 'ACCEPTED', joined: true },
      );
    }
  });

  it('declining closes it; the stakeholder may invite them again', async () => {
    const stakeholder = await park.newStakeholder();
    const person = await invitee('decliner');
    const invitation = await invited(stakeholder, person.email);

    const { declineStakeholderInvitation } = await api.graphql.ok<{
      declineStakeholderInvitation: { invitation: { status: string; decidedAt: string } };
    }>(DECLINE, { id: invitation.id }, person.as);
    const accept = await api.graphql.execute(ACCEPT, { id: invitation.id }, person.as);

    expect(declineStakeholderInvitation.invitation).toEqual({
      id: invitation.id,
      status: 'DECLINED',
      decidedAt: expect.any(String),
    });
    expect(accept.errors?.[0]).toMatchObject({
      message: 'This invitation was already declined',
      extensions: { code: 'CONFLICT' },
    });
    expect(await membersOf(stakeholder.id)).toHaveLength(1);
    expect((await invited(stakeholder, person.email)).status).toBe('PENDING');
  });

  it('cancelling: its owners and admins (not an OWNER’s invitation) and park admins', async () => {
    const stakeholder = await park.newStakeholder();
    const admin = await park.addMember(stakeholder, 'ADMIN');
    const member = await park.addMember(stakeholder, 'MEMBER');
    const person = await invitee('cancelled');
    const toOwner = await invited(stakeholder, person.email, 'OWNER');

    const byAdmin = await api.graphql.execute(CANCEL, { id: toOwner.id }, admin.as);
    const byMember = await api.graphql.execute(CANCEL, { id: toOwner.id }, member.as);
    const byInvitee = await api.graphql.execute(CANCEL, { id: toOwner.id }, person.as);
    expect([codeOf(byAdmin), codeOf(byMember), codeOf(byInvitee)]).toEqual([
      'FORBIDDEN',
      'NOT_FOUND',
      'NOT_FOUND',
    ]);

    const { cancelStakeholderInvitation } = await api.graphql.ok<{
      cancelStakeholderInvitation: {
        stakeholder: { invitations: unknown[] };
        invitation: Invitation;
      };
    }>(CANCEL, { id: toOwner.id }, (await park.parkAdmin()).as);
    expect(cancelStakeholderInvitation).toEqual({
      stakeholder: { invitations: [] },
      invitation: { id: toOwner.id, status: 'CANCELLED' },
    });
    expect(await mine(person)).toEqual([]);
    expect(codeOf(await api.graphql.execute(ACCEPT, { id: toOwner.id }, person.as))).toBe(
      'CONFLICT',
    );

    const plain = await invited(stakeholder, person.email);
    await api.graphql.ok(CANCEL, { id: plain.id }, admin.as);
  });

  it('is NOT_FOUND to strangers, whatever they try', async () => {
    const stakeholder = await park.newStakeholder();
    const stranger = (await park.newStakeholder()).owner;
    const { id } = await invited(stakeholder, freshEmail('someone'));

    for (const mutation of [ACCEPT, DECLINE, CANCEL]) {
      expect(codeOf(await api.graphql.execute(mutation, { id }, stranger.as))).toBe('NOT_FOUND');
    }
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(codeOf(await api.graphql.execute(ACCEPT, { id: missing }, stranger.as))).toBe(
      'NOT_FOUND',
    );
    expect(
      (await api.prisma.stakeholderInvitation.findUniqueOrThrow({ where: { id } })).status,
    ).toBe('PENDING');
  });

  it('an expired invitation is left out, refused with a reason, and gives way to a new one', async () => {
    const stakeholder = await park.newStakeholder();
    const person = await invitee('late');
    const { id } = await invited(stakeholder, person.email);
    await api.prisma.stakeholderInvitation.update({
      where: { id },
      data: { expiresAt: new Date(Date.now() - 60_000) },
    });

    const accept = await api.graphql.execute(ACCEPT, { id }, person.as);
    const node = await api.graphql.ok<{ node: { status: string } }>(NODE, { id }, person.as);

    expect(accept.errors?.[0]).toMatchObject({
      message: 'This invitation has expired; ask for a new one',
      extensions: { code: 'CONFLICT', status: 'EXPIRED' },
    });
    expect(node.node.status).toBe('EXPIRED');
    expect(await mine(person)).toEqual([]);
    expect(await pendingSeenBy(stakeholder, stakeholder.owner)).toEqual([]);
    const fresh = await invited(stakeholder, person.email);
    expect(fresh.id).not.toBe(id);
    expect(
      (await api.prisma.stakeholderInvitation.findUniqueOrThrow({ where: { id } })).status,
    ).toBe('EXPIRED');
  });
});

describe('an invitee whose e-mail is not verified', () => {
  // Anyone can sign up with any address: answering proves they read the invitation's mailbox.
  it('sees the invitation but may answer only once the address is verified', async () => {
    const stakeholder = await park.newStakeholder();
    const person = await park.newUser({ label: 'unverified' });
    const { id } = await invited(stakeholder, person.email);

    expect(await mine(person)).toEqual([expect.objectContaining({ id, availableActions: [] })]);
    for (const mutation of [ACCEPT, DECLINE]) {
      const refused = await api.graphql.execute(mutation, { id }, person.as);
      expect(refused.errors?.[0]).toMatchObject({
        message: expect.stringContaining('Verify your e-mail address first'),
        extensions: { code: 'FORBIDDEN', reason: 'EMAIL_NOT_VERIFIED' },
      });
    }
    expect(
      (await api.prisma.stakeholderInvitation.findUniqueOrThrow({ where: { id } })).status,
    ).toBe('PENDING');
    expect(await membersOf(stakeholder.id)).toHaveLength(1);

    await park.verifyEmail(person.email);
    expect(await mine(person)).toEqual([
      expect.objectContaining({ id, availableActions: ['ACCEPT', 'DECLINE'] }),
    ]);
    await api.graphql.ok(ACCEPT, { id }, person.as);
    expect(await membersOf(stakeholder.id)).toHaveLength(2);
  });

  it('a stranger is still told nothing: NOT_FOUND before any word about verifying', async () => {
    const stakeholder = await park.newStakeholder();
    const { id } = await invited(stakeholder, freshEmail('not-theirs'));
    const stranger = await park.newUser({ label: 'unverified-stranger' });

    expect(codeOf(await api.graphql.execute(ACCEPT, { id }, stranger.as))).toBe('NOT_FOUND');
  });
});

describe('node(id) for an invitation', () => {
  it('is seen by the invitee, its owners and park admins; null for others', async () => {
    const stakeholder = await park.newStakeholder();
    const member = await park.addMember(stakeholder, 'MEMBER');
    const person = await invitee('node');
    const { id } = await invited(stakeholder, person.email);
    const seen = { node: { __typename: 'StakeholderInvitation', id, status: 'PENDING' } };

    for (const who of [person, stakeholder.owner, await park.parkAdmin()]) {
      expect(await api.graphql.ok(NODE, { id }, who.as)).toEqual(seen);
    }
    for (const who of [member.as, (await park.newUser()).as, {}]) {
      expect(await api.graphql.ok(NODE, { id }, who)).toEqual({ node: null });
    }
  });
});
