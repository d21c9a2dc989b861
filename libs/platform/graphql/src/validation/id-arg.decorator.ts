import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';
import { DomainError } from '../errors/domain-error';

/** An `ID!` argument that must be a UUID: anything else is BAD_USER_INPUT naming the argument. */
export function IdArg(name = 'id'): ParameterDecorator {
  return Args(
    name,
    { type: () => ID },
    new ParseUUIDPipe({
      exceptionFactory: () => DomainError.badInput([{ field: name, message: 'must be an ID' }]),
    }),
  );
}
