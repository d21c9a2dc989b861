import { ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError, FieldViolation } from '../errors/domain-error';

function violationsOf(errors: ValidationError[], prefix = ''): FieldViolation[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...violationsOf(error.children ?? [], field)];
  });
}

/** class-validator on every argument; failures become BAD_USER_INPUT naming the fields. */
export function validationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    stopAtFirstError: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => DomainError.badInput(violationsOf(errors)),
  });
}
