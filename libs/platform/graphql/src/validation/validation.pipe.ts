import { ArgumentMetadata, Injectable, ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError, FieldViolation } from '../errors/domain-error';

function violationsOf(errors: ValidationError[], prefix = ''): FieldViolation[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...violationsOf(error.children ?? [], field)];
  });
}

/** Paths of strings holding NUL, which PostgreSQL cannot store in text. */
function nulPaths(value: unknown, path: string): string[] {
  if (typeof value === 'string') return value.includes('\0') ? [path] : [];
  if (Array.isArray(value))
    return value.flatMap((item, index) => nulPaths(item, `${path}[${index}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      nulPaths(item, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

/** class-validator on every argument; failures become BAD_USER_INPUT naming the fields. */
@Injectable()
export class ParkValidationPipe extends ValidationPipe {
  constructor() {
    super({
      transform: true,
      whitelist: true,
      stopAtFirstError: true,
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => DomainError.badInput(violationsOf(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Only client input is validated: parents, the caller and loaders of field resolvers pass
    // through untouched (a page of 50 items runs hundreds of them).
    if ((metadata.type as string) !== 'args' && metadata.type !== 'body') return value;
    const nul = nulPaths(value, metadata.data ?? '');
    if (nul.length) {
      throw DomainError.badInput(nul.map((field) => ({ field, message: 'must not contain NUL' })));
    }
    return super.transform(value, metadata);
  }
}

export function validationPipe(): ValidationPipe {
  return new ParkValidationPipe();
}
