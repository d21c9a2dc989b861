export { DomainError, ErrorCode, FieldViolation } from './errors/domain-error';
export { DomainErrorFilter } from './errors/domain-error.filter';
export { formatGraphqlError } from './errors/format-error';
export { graphqlOptions, GraphqlContext } from './graphql-options';
export { validationPipe } from './validation/validation.pipe';
export { BatchLoad, groupBy, Loaders, RequestLoaders } from './loaders/request-loaders';
export {
  Connection,
  ConnectionShape,
  Edge,
  MAX_PAGE_SIZE,
  PageArgs,
  PageInfo,
  toConnection,
} from './pagination/connection';
export { CursorPart, decodeCursor, encodeCursor } from './pagination/cursor';
export { IdArg } from './validation/id-arg.decorator';
export { MAX_WON, Won } from './scalars/won.scalar';
