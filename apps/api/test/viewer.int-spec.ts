import {
  at,
  midnightAhead,
  openingHours,
  Park,
  Person,
  seoulDay,
  SET_UP_MS,
  Stakeholder,
  startPark,
  TestApi,
} from './support';

// The viewer: `me` leads to every place the signed-in person belongs (stakeholders with their
// role, hub-staff posts, committees, RSVPs with waitlist places, projects, partnerships that
// wait for their answer, unread notifications), answers those fields to nobody else, and costs
// the same few statements however many places there are. And `updateMe`.

const ME = `query Me {
  me {
    id displayName locale
    stakeholders { role stakeholder { id name
      memberships { totalCount edges { node { status hub { slug } } } } } }
    hubStaff { role hub { slug } }
    committees { id name }
    rsvps { status waitlistPosition event { id title } }
    projects { id title status }
    partnershipsAwaitingAnswer { id status partner { id } }
    unreadNotificationCount
  } }`;

interface MeView {
  id: string;
  displayName: string;
  locale: string;
  stakeholders: {
    role: string;
    stakeholder: {
      id: string;
      name: string;
      memberships: {
        totalCount: number;
        edges: { node: { status: string; hub: { slug: string } } }[];
      };
    };
  }[];
  hubStaff: { role: string; hub: { slug: string } }[];
  committees: { id: string; name: string }[];
  rsvps: {
    status: string;
    waitlistPosition: number | null;
    event: { id: string; title: string };
  }[];
  projects: { id: string; title: string; status: string }[];
  partnershipsAwaitingAnswer: { id: string; status: string; partner: { id: string } }[];
  unreadNotificationCount: number;
}

const UPDATE_ME = `mutation Update($input: UpdateMeInput!) {
  updateMe(input: $input) { id displayName locale } }`;

let api: TestApi;
let park: Park;

beforeAll(async () => {
  ({ api, park } = await startPark());
}, SET_UP_MS);

afterAll(() => api.close());

async function me(who: Person): Promise<MeView> {
  return (await api.graphql.ok<{ me: MeView }>(ME, {}, who.as)).me;
}

let sequence = 0;

/** A person's places in the park, built through the API: returns what `me` should show. */
async function belongings(person: Person, many = 1) {
  const youth = await park.hub('youth-hub');
  const social = await park.hub('social-economy-centre');
  const admin = await park.admin();
  const manager = await park.manager(youth);

  const owned = await park.newMember(youth, await park.newStakeholder({ owner: person }));
  const administered: Stakeholder[] = [];
  for (let i = 0; i < many; i += 1) {
    const other = await park.newStakeholder();
    await park.addMember(other, 'ADMIN', person);
    administered.push(other);
  }
  const plain = await park.newStakeholder();
  await park.addMember(plain, 'MEMBER', person);

  await api.graphql.ok(
    `mutation ($hubId: ID!, $userId: ID!) { assignHubStaff(hubId: $hubId, userId: $userId, role: COORDINATOR) { id } }`,
    { hubId: social.id, userId: person.id },
    admin.as,
  );

  const committees: string[] = [];
  for (let i = 0; i < many; i += 1) {
    const { createCommittee } = await api.graphql.ok<{ createCommittee: { id: string } }>(
      `mutation ($input: CreateCommitteeInput!) { createCommittee(input: $input) { id } }`,
      { input: { hubId: youth.id, name: park.unique('Panel'), kind: 'MIXED' } },
      manager.as,
    );
    await api.graphql.ok(
      `mutation ($committeeId: ID!, $userId: ID!) { addCommitteeMember(committeeId: $committeeId, userId: $userId) { id } }`,
      { committeeId: createCommittee.id, userId: person.id },
      manager.as,
    );
    committees.push(createCommittee.id);
  }

  const projects: string[] = [];
  for (let i = 0; i < many; i += 1) {
    const { proposeProject } = await api.graphql.ok<{ proposeProject: { id: string } }>(
      `mutation ($input: ProposeProjectInput!) { proposeProject(input: $input) { id } }`,
      {
        input: {
          hubId: youth.id,
          leadStakeholderId: owned.id,
          title: park.unique('Youth job map'),
          summary: 'A map of first jobs and internships, made with young people in Eunpyeong.',
          policyAreas: ['ECONOMY_JOBS'],
          requestedBudget: 10_000_000,
        },
      },
      person.as,
    );
    projects.push(proposeProject.id);
  }

  // Proposals to a stakeholder the person administers wait for their answer; one to a
  // stakeholder where they are a plain member does not.
  const proposer = await park.newStakeholder();
  const propose = async (partnerId: string) =>
    (
      await api.graphql.ok<{ proposePartnership: { id: string } }>(
        `mutation ($input: ProposePartnershipInput!) { proposePartnership(input: $input) { id } }`,
        {
          input: {
            proposerId: proposer.id,
            partnerId,
            hubId: youth.id,
            kind: 'PROGRAMME',
            title: park.unique('Repair cafés'),
            summary: 'Monthly repair cafés run together in the park and in two districts.',
            policyAreas: ['ENVIRONMENT_CLIMATE'],
            startsOn: seoulDay(7),
            endsOn: seoulDay(372),
          },
        },
        proposer.owner.as,
      )
    ).proposePartnership.id;
  const awaiting: string[] = [];
  for (const stakeholder of administered) awaiting.push(await propose(stakeholder.id));
  await propose(plain.id);

  // Two events in a small hall: GOING to one, second on the waitlist of the other.
  const hall = await park.newSpace(youth, {
    kind: 'EVENT_HALL',
    capacity: 50,
    policy: { maxDurationMinutes: 480, maxAdvanceDays: 120 },
    openingHours: openingHours('08:00', '23:00', [1, 2, 3, 4, 5, 6, 7]),
    by: manager,
  });
  const host = async (days: number, capacity: number) => {
    sequence += 1;
    const day = midnightAhead(days + sequence);
    const { createEvent } = await api.graphql.ok<{ createEvent: { id: string } }>(
      `mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }`,
      {
        input: {
          hubId: youth.id,
          spaceId: hall.id,
          title: park.unique('Evening'),
          startsAt: at(day, '18:00'),
          endsAt: at(day, '21:00'),
          capacity,
        },
      },
      manager.as,
    );
    return createEvent.id;
  };
  const rsvp = (id: string, who: Person) =>
    api.graphql.ok(`mutation ($id: ID!) { rsvpEvent(id: $id) { __typename } }`, { id }, who.as);
  const going = await host(10, 10);
  await rsvp(going, person);
  const full = await host(20, 1);
  await rsvp(full, await park.newUser());
  await rsvp(full, await park.newUser());
  await rsvp(full, person);

  return { owned, administered, plain, committees, projects, awaiting, going, full };
}

describe('the viewer', () => {
  let person: Person;
  let places: Awaited<ReturnType<typeof belongings>>;

  beforeAll(async () => {
    person = await park.newUser({ label: 'viewer' });
    places = await belongings(person);
  }, SET_UP_MS);

  it('leads from me to every place the person belongs, with their role in each', async () => {
    const view = await me(person);

    expect(view.id).toBe(person.id);
    expect(view.stakeholders.map((seat) => [seat.stakeholder.id, seat.role])).toEqual([
      [places.owned.id, 'OWNER'],
      [places.administered[0].id, 'ADMIN'],
      [places.plain.id, 'MEMBER'],
    ]);
    expect(view.stakeholders[0].stakeholder.memberships).toEqual({
      totalCount: 1,
      edges: [{ node: { status: 'APPROVED', hub: { slug: 'youth-hub' } } }],
    });
    expect(view.hubStaff).toEqual([
      { role: 'COORDINATOR', hub: { slug: 'social-economy-centre' } },
    ]);
    expect(view.committees.map((committee) => committee.id)).toEqual(places.committees);
    expect(view.projects).toEqual([
      { id: places.projects[0], title: expect.any(String), status: 'PROPOSED' },
    ]);
    expect(view.partnershipsAwaitingAnswer).toEqual([
      { id: places.awaiting[0], status: 'PROPOSED', partner: { id: places.administered[0].id } },
    ]);
    expect(view.rsvps).toEqual([
      {
        status: 'GOING',
        waitlistPosition: null,
        event: { id: places.going, title: expect.any(String) },
      },
      {
        status: 'WAITLISTED',
        waitlistPosition: 2,
        event: { id: places.full, title: expect.any(String) },
      },
    ]);
  });

  it('counts the unread notifications, and one fewer once one is read', async () => {
    const { notifications } = await api.graphql.ok<{
      notifications: { totalCount: number; edges: { node: { id: string } }[] };
    }>(
      `{ notifications(unreadOnly: true, first: 1) { totalCount edges { node { id } } } }`,
      {},
      person.as,
    );
    expect(notifications.totalCount).toBeGreaterThan(0);
    expect((await me(person)).unreadNotificationCount).toBe(notifications.totalCount);

    const { markNotificationsRead } = await api.graphql.ok<{
      markNotificationsRead: { id: string }[];
    }>(
      `mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) { id } }`,
      { ids: [notifications.edges[0].node.id] },
      person.as,
    );
    expect(markNotificationsRead).toEqual([{ id: notifications.edges[0].node.id }]);

    expect((await me(person)).unreadNotificationCount).toBe(notifications.totalCount - 1);
  });

  it('moves a partnership off the list once it is answered', async () => {
    await api.graphql.ok(
      `mutation ($id: ID!) { acceptPartnership(id: $id) { id } }`,
      { id: places.awaiting[0] },
      person.as,
    );

    expect((await me(person)).partnershipsAwaitingAnswer).toEqual([]);
  });

  it('leaves out RSVPs to events that are over', async () => {
    await api.prisma.event.update({
      where: { id: places.going },
      data: {
        startsAt: new Date(Date.now() - 3 * 3600_000),
        endsAt: new Date(Date.now() - 3600_000),
      },
    });

    expect((await me(person)).rsvps.map((rsvp) => rsvp.event.id)).toEqual([places.full]);
  });

  it('answers the personal fields to the person only: someone else sees null', async () => {
    const { stakeholder } = await api.graphql.ok<{
      stakeholder: { members: { user: Record<string, unknown> }[] };
    }>(
      `query ($id: ID!) { stakeholder(id: $id) { members { user {
        id stakeholders { role } hubStaff { role } committees { id } rsvps { status }
        projects { id } partnershipsAwaitingAnswer { id } unreadNotificationCount } } } }`,
      { id: places.owned.id },
      (await park.newUser({ label: 'onlooker' })).as,
    );

    expect(stakeholder.members).toEqual([
      {
        user: {
          id: person.id,
          stakeholders: null,
          hubStaff: null,
          committees: null,
          rsvps: null,
          projects: null,
          partnershipsAwaitingAnswer: null,
          unreadNotificationCount: null,
        },
      },
    ]);
  });

  it('is null for an anonymous caller', async () => {
    expect(await api.graphql.ok(ME)).toEqual({ me: null });
  });

  it(
    'costs the same few statements for a person with one of everything and with many',
    async () => {
      // Both casts are built here, so each has every list filled when counted.
      const single = await park.newUser({ label: 'single' });
      await belongings(single, 1);
      const busy = await park.newUser({ label: 'busy' });
      await belongings(busy, 4);
      const statementsOf = async (who: Person) => {
        const before = api.prisma.statementCount;
        const view = await me(who);
        return { statements: api.prisma.statementCount - before, view };
      };

      const one = await statementsOf(single);
      const many = await statementsOf(busy);

      expect(many.view.stakeholders).toHaveLength(6);
      expect(many.view.committees).toHaveLength(4);
      expect(many.view.projects).toHaveLength(4);
      expect(many.view.partnershipsAwaitingAnswer).toHaveLength(4);
      expect(many.statements).toBe(one.statements);
      // 20 when written: the session check, the user, then one or two per field.
      expect(many.statements).toBeLessThanOrEqual(22);
    },
    SET_UP_MS,
  );
});

describe('updateMe', () => {
  it('changes the display name and the language, and answers the same User', async () => {
    const person = await park.newUser();

    const { updateMe } = await api.graphql.ok<{ updateMe: Record<string, unknown> }>(
      UPDATE_ME,
      { input: { displayName: '  Kim Ji-woo  ', locale: 'en' } },
      person.as,
    );

    expect(updateMe).toEqual({ id: person.id, displayName: 'Kim Ji-woo', locale: 'en' });
    expect(await me(person)).toMatchObject({ displayName: 'Kim Ji-woo', locale: 'en' });
  });

  it('keeps what is left out', async () => {
    const person = await park.newUser();

    const { updateMe } = await api.graphql.ok<{ updateMe: Record<string, unknown> }>(
      UPDATE_ME,
      { input: { locale: 'en' } },
      person.as,
    );

    expect(updateMe).toEqual({ id: person.id, displayName: person.displayName, locale: 'en' });
  });

  it.each([
    ['a language the park does not speak', { locale: 'fr' }, 'locale'],
    ['a region tag', { locale: 'en-US' }, 'locale'],
    ['a blank name', { displayName: '   ' }, 'displayName'],
    ['a name over 80 characters', { displayName: 'x'.repeat(81) }, 'displayName'],
  ])('refuses %s, naming the field and changing nothing', async (_story, input, field) => {
    const person = await park.newUser();

    const error = await api.graphql.errorCode(UPDATE_ME, { input }, person.as);

    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [field] });
    const row = await api.prisma.user.findUniqueOrThrow({ where: { id: person.id } });
    expect(row).toMatchObject({ displayName: person.displayName, locale: 'ko' });
  });

  it('needs a signed-in caller', async () => {
    const error = await api.graphql.errorCode(UPDATE_ME, { input: { locale: 'en' } });

    expect(error.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'NO_TOKEN' });
  });
});
