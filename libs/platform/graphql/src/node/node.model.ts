import { Field, ID, InterfaceType } from '@nestjs/graphql';

/** Where `node(id)` keeps the GraphQL type of the row it found (rows carry no type name). */
export const NODE_TYPE = Symbol('nodeType');

export type TypedNode = object & { [NODE_TYPE]: string };

/** Marks a row found by `node(id)` with the type it answers as. */
export function asNode<Row extends object>(type: string, row: Row): Row & TypedNode {
  return Object.assign(row, { [NODE_TYPE]: type });
}

/**
 * Anything a client caches: its `id` is unique across every type (a UUID), so a normalised
 * cache keys it by id alone and `node(id)` refetches it.
 */
@InterfaceType('Node', {
  description:
    'An entity a client may cache by its id. Ids are unique across all types; node(id) refetches one.',
  resolveType: (value: Partial<TypedNode>) => value[NODE_TYPE],
})
export abstract class Node {
  @Field(() => ID)
  id: string;
}
