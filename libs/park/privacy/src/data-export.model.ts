import { ArgsType, Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DataExportStatus } from '@park/platform/database';
import { IsId, trimmed } from '@park/platform/graphql';
import { Transform } from 'class-transformer';
import { IsString, Length, MaxLength } from 'class-validator';

export { DataExportStatus };

registerEnumType(DataExportStatus, {
  name: 'DataExportStatus',
  description:
    'PENDING: being built. READY: `url` downloads it. FAILED: it could not be built; ask again. EXPIRED: its file was deleted (DATA_EXPORT_RETENTION_DAYS after it was ready).',
});

@ObjectType({
  description:
    'A ZIP of everything the park holds about you ("Download my data"): JSON and CSV per section, with a README in Korean and English.',
})
export class DataExport {
  @Field(() => ID)
  id: string;

  @Field(() => DataExportStatus)
  status: DataExportStatus;

  @Field(() => Date)
  requestedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was built; null until READY.' })
  readyAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When its file is deleted; null until READY.',
  })
  expiresAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A download link for you alone, signed and short-lived (DATA_EXPORT_LINK_MINUTES, 15 by default): ask again for a fresh one. Null unless READY.',
  })
  url: string | null;
}

@ArgsType()
export class DeleteMyAccountArgs {
  @Field(() => String, { description: 'Your current password.' })
  @IsString()
  @MaxLength(1024)
  password: string;
}

@ArgsType()
export class EraseUserArgs {
  @Field(() => ID, { description: 'The person whose account is erased.' })
  @IsId()
  userId: string;

  @Field(() => String, {
    description:
      'Why (1–1000 characters), for the audit log; write no personal data in it (it is kept).',
  })
  @Transform(trimmed)
  @IsString()
  @Length(1, 1000, { message: 'must be between 1 and 1000 characters' })
  reason: string;
}
