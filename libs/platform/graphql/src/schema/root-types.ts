import { GraphQLSchema } from 'graphql';

/** Code-first types give the root types no description; the SDL and GraphiQL's docs open here. */
export function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query && !query.description) {
    query.description =
      'What clients read. Public reads need no token; the others need `Authorization: Bearer <accessToken>` from `login` or `register`.';
  }
  if (mutation && !mutation.description) {
    mutation.description =
      'What clients change. Each mutation runs in one transaction: a refusal (its `extensions.code`) changes nothing.';
  }
  const subscription = schema.getSubscriptionType();
  if (subscription && !subscription.description) {
    subscription.description =
      'What clients hear of as it happens, over a WebSocket (graphql-ws) at /graphql, signed in with `connection_init { authorization: "Bearer <accessToken>" }`. Each event is checked against what you may see when it is sent.';
  }
  return schema;
}
