export { DomainError, ErrorCode, FieldViolation } from './errors/domain-error';
export { DomainErrorFilter } from './errors/domain-error.filter';
export { formatGraphqlError } from './errors/format-error';
export { graphqlOptions, GraphqlContext } from './graphql-options';
export { validationPipe } from './validation/validation.pipe';
