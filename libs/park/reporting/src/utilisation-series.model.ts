import { ArgsType, Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Hub } from '@park/directory';
import { Hub as HubRow } from '@park/platform/database';
import { IsEnum } from 'class-validator';

export enum UtilisationInterval {
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}
registerEnumType(UtilisationInterval, {
  name: 'UtilisationInterval',
  description: 'WEEK: Monday to Sunday in Asia/Seoul. MONTH: calendar months in Asia/Seoul.',
});

@ArgsType()
export class UtilisationSeriesArgs {
  @Field(() => UtilisationInterval)
  @IsEnum(UtilisationInterval, { message: 'must be WEEK or MONTH' })
  interval: UtilisationInterval;
}

@ObjectType({ description: 'A hub’s utilisation in one period of a series.' })
export class HubUtilisation {
  @Field(() => Hub)
  hub: HubRow;

  @Field(() => Float, { description: 'As HubPeriodFigures.utilisation, for this period: 0 … 1.' })
  utilisation: number;
}

@ObjectType({
  description:
    'One week or month of parkStats’ period; the first and last may be cut short by from and to.',
})
export class UtilisationPeriod {
  @Field(() => Date, { description: 'Start (inclusive).' })
  from: Date;

  @Field(() => Date, { description: 'End (exclusive).' })
  to: Date;

  @Field(() => [HubUtilisation], { description: 'Every hub, in the park’s order.' })
  hubs: HubUtilisation[];
}
