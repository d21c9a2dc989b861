// The browser side of the GraphiQL page (GET /graphql in development), bundled by
// build-graphiql.mjs from npm packages so that nothing loads from outside our origin.
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createRoot } from 'react-dom/client';

// Monaco's language services run in workers, bundled beside this file.
const WORKERS = { json: 'json.worker.js', graphql: 'graphql.worker.js' };
globalThis.MonacoEnvironment = {
  getWorker(_id, label) {
    return new Worker(new URL(WORKERS[label] ?? 'editor.worker.js', document.baseURI));
  },
};

const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', location.origin).href });

const START = `# Park Commons GraphQL.
# Sign in with the login mutation, then put
#   { "Authorization": "Bearer <accessToken>" }
# in the Headers tab below.
# The book icon opens the docs of every type and field.
query Hubs {
  hubs {
    id
    name
  }
}
`;

createRoot(document.getElementById('graphiql')).render(
  <GraphiQL fetcher={fetcher} defaultQuery={START} />,
);
