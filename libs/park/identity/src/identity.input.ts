import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsId, visibleName } from '@park/platform/graphql';
import { Transform } from 'class-transformer';
import { isTimeZone } from '@park/notification';
import {
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  Validate,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import { NotGuessable } from './password-policy';

@ValidatorConstraint({ name: 'timeZone' })
class TimeZoneConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && isTimeZone(value);
  }

  defaultMessage(): string {
    return 'must be an IANA time zone such as Asia/Seoul';
  }
}

const normalisedEmail = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

export const MIN_PASSWORD_LENGTH = 10;
const PASSWORD_RULE = `At least ${MIN_PASSWORD_LENGTH} characters, not all spaces, and not one of the most common passwords.`;

/** The one password policy: register, changePassword and resetPassword all hold to it. */
const NewPassword = () =>
  applyDecorators(
    IsString(),
    Length(MIN_PASSWORD_LENGTH, 256, {
      message: `must be between ${MIN_PASSWORD_LENGTH} and 256 characters`,
    }),
    NotGuessable(),
  );

/** The languages the park's screens and notices are written in. */
export const LOCALES = ['ko', 'en'] as const;

@InputType({
  description: 'A new account: e-mail address, password and the name other people see.',
})
export class RegisterInput {
  @Field(() => String)
  @Transform(normalisedEmail)
  @IsEmail({}, { message: 'must be a valid email address' })
  @MaxLength(254)
  email: string;

  @Field(() => String, { description: PASSWORD_RULE })
  @NewPassword()
  password: string;

  @Field(() => String, { description: '1–80 characters; invisible characters are removed.' })
  @Transform(visibleName)
  @IsString()
  @Length(1, 80, { message: 'must be between 1 and 80 characters' })
  displayName: string;

  @Field(() => String, { nullable: true, defaultValue: 'ko', description: 'ko, en, ko-KR, …' })
  @IsOptional()
  @Matches(/^[a-z]{2}(-[A-Z]{2})?$/, { message: 'must be a language tag like ko or en-US' })
  locale?: string;
}

@InputType({
  description:
    'An e-mail address and password; failed attempts are limited per address and per client.',
})
export class LoginInput {
  @Field(() => String)
  @Transform(normalisedEmail)
  @IsString()
  @MaxLength(254)
  email: string;

  @Field(() => String)
  @IsString()
  @MaxLength(256)
  password: string;
}

@ArgsType()
export class VerifyEmailArgs {
  @Field(() => String, { description: 'The token of the link in the verification e-mail.' })
  @IsString()
  @MaxLength(2048)
  token: string;
}

@InputType({ description: 'What a user changes about themself; fields left out stay as they are.' })
export class UpdateMeInput {
  @Field(() => String, {
    nullable: true,
    description: '1–80 characters; invisible characters are removed.',
  })
  @IsOptional()
  @Transform(visibleName)
  @IsString()
  @Length(1, 80, { message: 'must be between 1 and 80 characters' })
  displayName?: string;

  @Field(() => String, {
    nullable: true,
    description: 'The language of the park for you: ko or en.',
  })
  @IsOptional()
  @IsIn([...LOCALES], { message: 'must be ko or en' })
  locale?: string;

  @Field(() => String, {
    nullable: true,
    description: 'An IANA time zone such as Asia/Seoul or Europe/Berlin: when digests arrive.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @Validate(TimeZoneConstraint)
  timeZone?: string;
}

@ArgsType()
export class ChangePasswordArgs {
  @Field(() => String, { description: 'The password the account has now.' })
  @IsString()
  @MaxLength(256)
  currentPassword: string;

  @Field(() => String, { description: PASSWORD_RULE })
  @NewPassword()
  newPassword: string;
}

@ArgsType()
export class IssuePasswordResetArgs {
  @Field(() => ID, { description: 'The user whose password is to be reset.' })
  @IsId()
  userId: string;
}

@ArgsType()
export class ResetPasswordArgs {
  @Field(() => String, { description: 'The token of the reset link (issuePasswordReset).' })
  @IsString()
  @MaxLength(2048)
  token: string;

  @Field(() => String, { description: PASSWORD_RULE })
  @NewPassword()
  newPassword: string;
}

@ArgsType()
export class RefreshTokenArgs {
  @Field(() => String, {
    nullable: true,
    description: 'The refresh token; when left out, the one in the park_refresh cookie.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(256)
  refreshToken?: string;
}
