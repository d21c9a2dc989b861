import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsId, PageArgs, trimmed, trimmedList } from '@park/platform/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';

const URL_DESCRIPTION =
  'https (http too outside production); its host must resolve to public addresses only.';

@InputType({
  description:
    'A new webhook: a stakeholder’s (its owners and admins) or, with no stakeholderId, the park’s (park admins).',
})
export class CreateWebhookInput {
  @Field(() => ID, { nullable: true, description: 'None: a park-wide webhook (park admins).' })
  @IsOptional()
  @IsId()
  stakeholderId?: string | null;

  @Field(() => String, { description: URL_DESCRIPTION })
  @Transform(trimmed)
  @IsString()
  @MaxLength(2048)
  url: string;

  @Field(() => [String], { description: 'At least one of `webhookEventTypes`.' })
  @Transform(trimmedList)
  @IsString({ each: true })
  @ArrayMinSize(1, { message: 'must name at least one event' })
  @ArrayMaxSize(100)
  @ArrayUnique({ message: 'must not repeat an event' })
  events: string[];

  @Field(() => String, { nullable: true, description: 'Up to 500 characters.' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(500)
  description?: string | null;
}

@InputType({ description: 'What to change on a webhook; absent fields stay as they are.' })
export class UpdateWebhookInput {
  @Field(() => String, { nullable: true, description: URL_DESCRIPTION })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(2048)
  url?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @Transform(trimmedList)
  @IsString({ each: true })
  @ArrayMinSize(1, { message: 'must name at least one event' })
  @ArrayMaxSize(100)
  @ArrayUnique({ message: 'must not repeat an event' })
  events?: string[];

  @Field(() => String, { nullable: true, description: 'Up to 500 characters; "" removes it.' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(500)
  description?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true re-enables a disabled webhook: what waited is sent, in order.',
  })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

@ArgsType()
export class WebhooksArgs {
  @Field(() => ID, { nullable: true, description: 'None: the park-wide webhooks (park admins).' })
  @IsOptional()
  @IsId()
  stakeholderId?: string | null;
}

@ArgsType()
export class WebhookDeliveriesArgs extends PageArgs {
  @Field(() => ID)
  @IsId()
  webhookId: string;
}
