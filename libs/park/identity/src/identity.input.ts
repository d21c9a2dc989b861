import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { trimmed } from '@park/platform/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';

const normalisedEmail = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

export const MIN_PASSWORD_LENGTH = 10;

@InputType({
  description: 'A new account: e-mail address, password and the name other people see.',
})
export class RegisterInput {
  @Field(() => String)
  @Transform(normalisedEmail)
  @IsEmail({}, { message: 'must be a valid email address' })
  @MaxLength(254)
  email: string;

  @Field(() => String, { description: `At least ${MIN_PASSWORD_LENGTH} characters.` })
  @IsString()
  @Length(MIN_PASSWORD_LENGTH, 256, {
    message: `must be between ${MIN_PASSWORD_LENGTH} and 256 characters`,
  })
  password: string;

  @Field(() => String)
  @Transform(trimmed)
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
