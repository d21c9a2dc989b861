import { Park, Person, SET_UP_MS, startPark, TestApi } from './support';

// Who reads Stakeholder.contactEmail (docs/api.md, issue 21 item 10): park admins and any hub's
// staff, the stakeholder's own people, and the people of stakeholders that are APPROVED members
// of a hub it is an APPROVED member of. Everyone else, anonymous callers too, reads null.

const READ = `query One($id: ID!) { stakeholder(id: $id) { contactEmail } }`;
const SUSPEND = `mutation Suspend($id: ID!, $reason: String!) { suspendMembership(id: $id, reason: $reason) { id } }`;

let api: TestApi;
let park: Park;
let email: string;
let id: string;
const viewers: Record<string, Person | undefined> = {};

async function contactAs(who: Person | undefined): Promise<string | null> {
  const data = await api.graphql.ok<{ stakeholder: { contactEmail: string | null } }>(
    READ,
    { id },
    who?.as ?? {},
  );
  return data.stakeholder.contactEmail;
}

describe('who sees a stakeholder’s contact email', () => {
  beforeAll(async () => {
    ({ api, park } = await startPark());
    const [youth, social] = await Promise.all([
      park.hub('youth-hub'),
      park.hub('social-economy-centre'),
    ]);
    email = `${park.unique('contact').replace(/ /g, '-')}@example.org`.toLowerCase();
    const stakeholder = await park.newStakeholder({ contactEmail: email });
    id = stakeholder.id;
    await park.newMember(youth, stakeholder);

    const fellow = await park.newMember(youth);
    const elsewhere = await park.newMember(social);
    const applicant = await park.newStakeholder();
    await park.apply(youth, applicant);
    const suspended = await park.newMember(youth);
    await api.graphql.ok(
      SUSPEND,
      { id: suspended.membershipId, reason: 'Unpaid rent.' },
      (await park.admin()).as,
    );

    Object.assign(viewers, {
      'its owner': stakeholder.owner,
      'its plain member': await park.addMember(stakeholder, 'MEMBER'),
      'a park admin': await park.admin(),
      'staff of another hub': await park.hubStaff(social, 'COORDINATOR'),
      'a fellow member of its hub': fellow.owner,
      'a plain member of a fellow stakeholder': await park.addMember(fellow, 'MEMBER'),
      'a member of another hub only': elsewhere.owner,
      'an applicant to its hub': applicant.owner,
      'a suspended member of its hub': suspended.owner,
      'someone with no stakeholder': await park.newUser(),
      'an anonymous caller': undefined,
    });
  }, SET_UP_MS);
  afterAll(() => api.close());

  it.each([
    ['its owner', true],
    ['its plain member', true],
    ['a park admin', true],
    ['staff of another hub', true],
    ['a fellow member of its hub', true],
    ['a plain member of a fellow stakeholder', true],
    ['a member of another hub only', false],
    ['an applicant to its hub', false],
    ['a suspended member of its hub', false],
    ['someone with no stakeholder', false],
    ['an anonymous caller', false],
  ])('%s sees it: %s', async (who, sees) => {
    expect(await contactAs(viewers[who])).toBe(sees ? email : null);
  });

  it('hides it from former fellows once the stakeholder’s own membership is suspended', async () => {
    const hub = await park.hub('local-community-centre');
    const stakeholder = await park.newStakeholder({ contactEmail: 'suspended@example.org' });
    const { membershipId } = await park.newMember(hub, stakeholder);
    const fellow = await park.newMember(hub);
    const read = async () =>
      (
        await api.graphql.ok<{ stakeholder: { contactEmail: string | null } }>(
          READ,
          { id: stakeholder.id },
          fellow.owner.as,
        )
      ).stakeholder.contactEmail;
    expect(await read()).toBe('suspended@example.org');

    await api.graphql.ok(SUSPEND, { id: membershipId, reason: 'Paused.' }, (await park.admin()).as);

    expect(await read()).toBeNull();
  });
});
