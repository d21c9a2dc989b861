import { addTypenameToDocument } from '@apollo/client/utilities';
import { DocumentNode, OperationDefinitionNode, print, TypeNode } from 'graphql';
import * as consoleDocuments from '../../web/src/graphql/generated/graphql';
import { SET_UP_MS, startTestApi, TestApi } from './support';

// Every query the web console sends fits the API's limits (cost, depth, aliases): a limit
// tightened here, or a screen asking for more, fails this test rather than a screen in a
// browser. Variables are stand-ins of the right types; only the limits' answer is judged.

const STAND_INS: Record<string, unknown> = {
  ID: '3f1c0c7e-0000-4000-8000-000000000000',
  String: 'youth-hub',
  Int: 10,
  DateTime: '2026-12-07T09:00:00+09:00',
  Date: '2026-12-07',
  // @include(if: $signedIn) parts are charged only when included: include them.
  Boolean: true,
};
const LIMITS = /cost|too deep|aliases|RESPONSE_TOO_LARGE/i;

const named = (type: TypeNode): string =>
  type.kind === 'NamedType' ? type.name.value : named(type.type);

const queries = Object.entries(consoleDocuments)
  .filter(([name]) => name.endsWith('Document'))
  .map(
    ([name, document]) =>
      [name.replace(/Document$/, ''), document as unknown as DocumentNode] as const,
  )
  .filter(([, document]) =>
    document.definitions.some(
      (node) => node.kind === 'OperationDefinition' && node.operation === 'query',
    ),
  );

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
}, SET_UP_MS);
afterAll(() => api.close());

it('finds the console’s queries', () => {
  expect(queries.map(([name]) => name)).toEqual(
    expect.arrayContaining(['ParkHome', 'StakeholderDirectory', 'HubPage']),
  );
});

it.each(queries)('lets the console’s %s query through the limits', async (_name, document) => {
  const operation = document.definitions.find(
    (node): node is OperationDefinitionNode => node.kind === 'OperationDefinition',
  );
  const variables = Object.fromEntries(
    (operation?.variableDefinitions ?? []).map((definition) => [
      definition.variable.name.value,
      STAND_INS[named(definition.type)],
    ]),
  );
  // As Apollo Client sends it: with __typename in every selection, which the cost counts.
  const sent = print(addTypenameToDocument(document));
  const { errors } = await api.graphql.execute(sent, variables);
  expect(
    (errors ?? []).filter((error) => LIMITS.test(error.message)).map((error) => error.message),
  ).toEqual([]);
});
