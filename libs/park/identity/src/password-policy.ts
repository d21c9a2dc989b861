import { visibleName } from '@park/platform/graphql';
import {
  registerDecorator,
  ValidationArguments,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';

let common: Promise<Set<string>> | undefined;

/**
 * The ~49,000 most used passwords (ranked from breach corpora, shipped in
 * @zxcvbn-ts/language-common), read on the first check and kept: no start-up cost, one copy.
 */
function commonPasswords(): Promise<Set<string>> {
  common ??= import('@zxcvbn-ts/language-common').then(
    ({ dictionary }) => new Set(dictionary['passwords-common'].map(folded)),
  );
  return common;
}

/** The list is in lower case; Password1234 is as guessable as password1234. */
const folded = (password: string) => password.normalize('NFKC').toLowerCase();

@ValidatorConstraint({ name: 'guessablePassword', async: true })
class GuessablePassword implements ValidatorConstraintInterface {
  async validate(value: unknown): Promise<boolean> {
    if (typeof value !== 'string') return true;
    return !isBlank(value) && !(await commonPasswords()).has(folded(value));
  }

  // One instance serves every request: the message is worked out again, not remembered.
  defaultMessage({ value }: ValidationArguments): string {
    return isBlank(value)
      ? 'must not be only spaces or invisible characters'
      : 'is one of the most common passwords: choose one that is not';
  }
}

const isBlank = (value: unknown) => visibleName({ value }) === '';

/** Refuses all-blank passwords and the most common ones (BAD_USER_INPUT naming the field). */
export function NotGuessable(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      target: target.constructor,
      propertyName: String(propertyName),
      validator: GuessablePassword,
    });
}
