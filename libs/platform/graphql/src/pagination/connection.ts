import { Type } from '@nestjs/common';
import {
  ArgsType,
  Field,
  FieldMiddleware,
  Int,
  ObjectType,
  Parent,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 100;

/** Resolves a lazy field: its value is a function of no arguments that finds it out. */
const askedFor: FieldMiddleware = async (_context, next) => {
  const lazy = (await next()) as () => Promise<unknown>;
  return lazy();
};

@ObjectType({
  description:
    'Where a page of a connection starts and ends, and whether items come before or after it (pass endCursor as `after`; paging is forward only).',
})
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  /** Asked of the database only when a client selects it (the middleware calls it). */
  @Field(() => Boolean, {
    description: 'Whether any item comes before this page: false unless paged on with `after`.',
    middleware: [askedFor],
  })
  hasPreviousPage: () => Promise<boolean>;

  @Field(() => String, { nullable: true, description: 'The first edge’s cursor.' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'The last edge’s cursor.' })
  endCursor: string | null;
}

const NOTHING_BEFORE = async () => false;

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** Runs only when the client asks for totalCount: counting grows with the table, pages do not. */
  totalCount: () => Promise<number>;
}

/**
 * Relay connection type for `T`: `{ edges { cursor node } pageInfo totalCount }`. Register its
 * `Resolver` as a provider of the feature module; it resolves totalCount on demand.
 */
export function Connection<T>(
  node: Type<T>,
  name = node.name,
): Type<ConnectionShape<T>> & { Resolver: Type<unknown> } {
  @ObjectType(`${name}Edge`, {
    description: `One ${name} of a page, with the cursor to page on from it.`,
  })
  class EdgeType {
    @Field(() => String)
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`, {
    isAbstract: false,
    description: `A page of ${name} items (Relay connection): pass pageInfo.endCursor as \`after\` for the next.`,
  })
  class ConnectionType {
    @Field(() => [EdgeType])
    edges: Edge<T>[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    totalCount: () => Promise<number>;
  }

  @Resolver(() => ConnectionType)
  class TotalCountResolver {
    @ResolveField(() => Int, { description: 'How many items match, across all pages.' })
    totalCount(@Parent() connection: ConnectionShape<T>): Promise<number> {
      return connection.totalCount();
    }
  }
  return Object.assign(ConnectionType, { Resolver: TotalCountResolver });
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: `1 … ${MAX_PAGE_SIZE}` })
  @Min(1, { message: 'must be at least 1' })
  @Max(MAX_PAGE_SIZE, { message: `must be at most ${MAX_PAGE_SIZE}` })
  first = 20;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  after?: string;
}

/** A connection with nothing in it (a list the viewer may not see reads as empty). */
export function emptyConnection<Node>(): ConnectionShape<Node> {
  return {
    edges: [],
    pageInfo: {
      hasNextPage: false,
      hasPreviousPage: NOTHING_BEFORE,
      startCursor: null,
      endCursor: null,
    },
    totalCount: async () => 0,
  };
}

/**
 * Builds a connection from one extra row fetched past the page (that is how hasNextPage is
 * known). `headOf`, given only when the page follows an `after` cursor, fetches the list's first
 * row: an item comes before the page exactly when that row is not the page's own first.
 */
export function toConnection<Row, Node>(
  rows: Row[],
  first: number,
  totalCount: () => Promise<number>,
  cursorOf: (row: Row) => string,
  toNode: (row: Row) => Node,
  headOf?: () => Promise<Row | undefined>,
): ConnectionShape<Node> {
  const page = rows.slice(0, first);
  const edges = page.map((row) => ({ cursor: cursorOf(row), node: toNode(row) }));
  const startCursor = edges[0]?.cursor ?? null;
  const hasPreviousPage = headOf
    ? async () => {
        const head = await headOf();
        return head !== undefined && cursorOf(head) !== startCursor;
      }
    : NOTHING_BEFORE;
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage,
      startCursor,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}
