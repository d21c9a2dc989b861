// The rules `npm run lint` holds apps/api/schema.gql to (@graphql-eslint), and why. The SDL is
// generated from the code-first models: fix a finding there (a `description` in the options of
// @ObjectType, @InputType, @Field, @Query, @Mutation, registerEnumType), then `npm run schema:write`.
import graphql from '@graphql-eslint/eslint-plugin';

const SCHEMA = 'apps/api/schema.gql';

/**
 * Object types with no `id` of their own. Values read inside their owner (a policy, opening
 * hours, figures, a page's edges and payloads, a one-time reset link) have no identity to
 * cache by.
 */
const WITHOUT_ID = {
  suffixes: ['Connection', 'Edge', 'Payload', 'Info', 'Count', 'Stats', 'Figures', 'Total'],
  types: [
    ...['BudgetResult', 'DataSharing', 'FundingBySource', 'OpeningHours', 'ReviewSummary'],
    ...['SkippedOccurrence', 'SpacePolicy', 'TimeSlot'],
    ...['PasswordResetLink', 'BudgetResultExplanation', 'HubUtilisation', 'UtilisationPeriod'],
    // A person's choice per notice kind, read inside `me`; the staff inbox is the viewer's view
    // of their hubs' queues (the console's cache merges it: StaffInbox in app/cache.ts).
    ...['MailPreference', 'StaffInbox', 'StaffInboxCounts'],
    // A subscription's event: the notification inside it has its id.
    'NotificationReceived',
  ],
};

const rules = {
  // graphql's own validation of the SDL, names, and no type nobody can reach.
  ...graphql.configs['flat/schema-recommended'].rules,
  // A client reads the docs in GraphiQL and in its generated types: every type, every root
  // field (each query and mutation) says what it is for. Fields of types are described where a
  // name is not enough (lengths, units, who sees it), not by rule.
  '@graphql-eslint/require-description': [
    'error',
    { types: true, rootField: true, DirectiveDefinition: true },
  ],
  // A normalised cache keys objects by `id`: every entity has `id: ID!` (see WITHOUT_ID).
  '@graphql-eslint/strict-id-in-types': [
    'error',
    { acceptedIdNames: ['id'], acceptedIdTypes: ['ID'], exceptions: WITHOUT_ID },
  ],
  // Relay connections, the shape Apollo's and Relay's paging helpers expect: `XConnection`
  // with `edges` and `pageInfo`, `XEdge` with `cursor` and a `node` that implements Node (so
  // node(id) refetches whatever a page lists), lists that grow take `first` and `after`
  // (forward paging only: no `last`/`before`).
  '@graphql-eslint/relay-connection-types': 'error',
  '@graphql-eslint/relay-edge-types': [
    'error',
    // Not listTypeCanWrapOnlyEdgeType: short lists that do not grow (`Hub.spaces`) stay lists.
    { withEdgeSuffix: true, shouldImplementNode: true, listTypeCanWrapOnlyEdgeType: false },
  ],
  '@graphql-eslint/relay-arguments': ['error', { includeBoth: false }],
  // Relay's PageInfo in full: hasPreviousPage and startCursor too, though paging is forward
  // only (hasPreviousPage says whether anything precedes a page reached by `after`).
  '@graphql-eslint/relay-page-info': 'error',
  // Off: it wants every mutation argument to be one `input` (`approveMembership(input: …)`);
  // ours take `id`, `note`, `reason` …, and renaming them would break every client for no new
  // meaning. Mutations with several fields already take `input: <Mutation>Input`.
  '@graphql-eslint/input-name': 'off',
};

export default [
  {
    files: [SCHEMA],
    languageOptions: {
      parser: graphql.parser,
      parserOptions: { graphQLConfig: { schema: SCHEMA } },
    },
    plugins: { '@graphql-eslint': graphql },
    rules,
  },
];
