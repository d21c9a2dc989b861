import { ArgsType, Field } from '@nestjs/graphql';
import { IsDate } from 'class-validator';

@ArgsType()
export class ParkStatsArgs {
  @Field(() => Date, { description: 'Start of the period (inclusive).' })
  @IsDate({ message: 'must be a date-time' })
  from: Date;

  @Field(() => Date, { description: 'End of the period (exclusive); at most 366 days after from.' })
  @IsDate({ message: 'must be a date-time' })
  to: Date;
}
