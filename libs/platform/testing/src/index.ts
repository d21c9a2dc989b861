export { createTestDatabase, TestDatabase } from './database/test-database';
export { GraphqlClient, GraphqlError, GraphqlResponse } from './graphql/graphql-client';
export { describeTransitionTable, TableRow, TransitionTable } from './workflow/transition-table';
