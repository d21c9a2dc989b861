import { listedCoordinates, schemaBreaks, unlistedBreaks } from './schema-breaking-changes';

const BEFORE = `
  type Query { membership(id: ID!): Membership!  hubs(first: Int): [Hub!]! }
  type Membership { id: ID!  status: MembershipStatus!  note: String }
  type Hub { id: ID!  name: String! }
  type Space { id: ID! }
  enum MembershipStatus { SUBMITTED APPROVED ENDED }
  input ApplyInput { hubId: ID!  plan: String }
  type Mutation { apply(input: ApplyInput!): Membership! }
`;

const CHANGES = `# API changes

The rule: name each breaking change as \`Type.field\` on a bullet line.

## 2026-12 — client-ready API (issue 13)

### Memberships

- \`Query.membership\` returns null for a membership that is missing or not yet visible.
- \`MembershipStatus.ENDED\` is gone: an ended membership reads
  as \`MembershipStatus.APPROVED\` with an end date, and \`Mutation.apply(input:)\` takes
  \`ApplyInput\` with a required \`ApplyInput.motivation\`.

Not a bullet, so not listed: \`Hub.name\`. Nor is an example:

\`\`\`md
- \`Hub.slug\` is gone.
\`\`\`
`;

const breaks = (after: string) => schemaBreaks(BEFORE, after);
const edit = (from: string, to: string) => BEFORE.replace(from, to);

describe('schema:breaking', () => {
  it('names each kind of break by its schema coordinate', () => {
    const after = `
      type Query { membership(id: ID!, hubId: ID!): Membership  hubs(first: String): [Hub!]! }
      type Membership { id: ID!  status: MembershipStatus! }
      type Hub { id: ID!  name: String! }
      enum MembershipStatus { SUBMITTED APPROVED }
      input ApplyInput { hubId: ID!  plan: String  motivation: String! }
      type Mutation { apply(input: ApplyInput!): Membership! }
    `;
    // Int is no longer used anywhere once `first` is a String: a client's `$first: Int` breaks.
    expect(
      breaks(after)
        .map((change) => change.coordinate)
        .sort(),
    ).toEqual([
      'ApplyInput.motivation',
      'Int',
      'Membership.note',
      'MembershipStatus.ENDED',
      'Query.hubs(first:)',
      'Query.membership',
      'Query.membership(hubId:)',
      'Space',
    ]);
  });

  it('reads the code spans of bullets, their continuation lines included, and nothing else', () => {
    const listed = listedCoordinates(CHANGES);
    expect(listed).toEqual(
      new Set([
        'Query.membership',
        'MembershipStatus.ENDED',
        'MembershipStatus.APPROVED',
        'Mutation.apply(input:)',
        'ApplyInput',
        'ApplyInput.motivation',
      ]),
    );
  });

  it('passes a break the file lists', () => {
    const found = breaks(edit('Membership!  hubs', 'Membership  hubs'));
    expect(found.map((change) => change.coordinate)).toEqual(['Query.membership']);
    expect(unlistedBreaks(found, CHANGES)).toEqual([]);
  });

  it('fails a break the file does not list, even when the name appears outside a bullet', () => {
    const found = breaks(edit('name: String!', 'title: String!'));
    expect(unlistedBreaks(found, CHANGES)).toEqual([
      { coordinate: 'Hub.name', kind: 'FIELD_REMOVED', description: 'Hub.name was removed.' },
    ]);
  });

  it('fails when only the parent of the broken coordinate is listed', () => {
    const found = breaks(edit('plan: String }', 'plan: String  cohort: Int! }'));
    expect(found.map((change) => change.coordinate)).toEqual(['ApplyInput.cohort']);
    expect(unlistedBreaks(found, CHANGES)).toHaveLength(1);
  });

  it('passes changes that break no client: new fields, new optional arguments, descriptions', () => {
    const after = edit(
      'type Hub { id: ID!  name: String! }',
      '"A hub of the park." type Hub { id: ID!  name: String!  timeZone: String! }',
    ).replace('hubs(first: Int)', 'hubs(first: Int, after: String)');
    expect(breaks(after)).toEqual([]);
    expect(unlistedBreaks(breaks(after), '')).toEqual([]);
  });
});
