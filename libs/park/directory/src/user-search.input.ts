import { ArgsType, Field } from '@nestjs/graphql';
import { PageArgs, trimmed } from '@park/platform/graphql';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Length } from 'class-validator';

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'A piece of the display name or the e-mail, any case (1–100 characters).',
  })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(1, 100, { message: 'must be between 1 and 100 characters' })
  search?: string;
}
