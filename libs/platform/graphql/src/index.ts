export { DomainError, ErrorCode, FieldViolation } from './errors/domain-error';
export { DomainErrorFilter } from './errors/domain-error.filter';
export { formatGraphqlError } from './errors/format-error';
export { graphqlOptions, GraphqlContext } from './graphql-options';
export { GRAPHIQL_ASSETS_PATH, GRAPHIQL_CSP, serveGraphiql } from './graphiql/graphiql-page';
export { validationPipe } from './validation/validation.pipe';
export { BatchLoad, groupBy, Loaders, RequestLoaders } from './loaders/request-loaders';
export {
  Connection,
  ConnectionShape,
  Edge,
  emptyConnection,
  MAX_PAGE_SIZE,
  PageArgs,
  PageInfo,
} from './pagination/connection';
export { CursorPart, isUuid } from './pagination/cursor';
export {
  byTimeThenId,
  KeysetOrder,
  keysetPage,
  KeysetPageRequest,
  TimePosition,
} from './pagination/keyset';
export { IdArg } from './validation/id-arg.decorator';
export { ListBound } from './limits/list-bound.decorator';
export { MAX_WON, Won } from './scalars/won.scalar';
export { DateTime } from './scalars/date-time.scalar';
export { CalendarDate } from './scalars/calendar-date.scalar';
export { isCalendarDate, parseRfc3339 } from './scalars/calendar';
export { IsId, IsIds } from './validation/is-id.decorator';
export { trimmed, trimmedList, visibleName } from './validation/trimmed';
export { required } from './loaders/required';
export { asNode, Node, NODE_TYPE, TypedNode } from './node/node.model';
export { NodeRegistry, NodeSource } from './node/node-registry';
export { NestedPageKey, NestedPages, nestedPages, ParentRow } from './pagination/nested';
export { costViolation } from './limits/cost-limit.plugin';
export { depthLimitRule } from './limits/depth-limit.rule';
export { aliasLimitRule } from './limits/alias-limit.rule';
