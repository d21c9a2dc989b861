import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Node } from '@park/platform/graphql';
import { User } from '@park/identity';
import { HubKind, HubStaffRole } from './directory.enums';
import { TIME_ZONE_DESCRIPTION } from './park-time';

@ObjectType({ implements: () => [Node], description: 'One of the park’s three hubs.' })
export class Hub {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'youth-hub, social-economy-centre, local-community-centre' })
  slug: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  nameKo: string;

  @Field(() => HubKind)
  kind: HubKind;

  @Field(() => String)
  description: string;

  @Field(() => String, { description: TIME_ZONE_DESCRIPTION })
  timeZone?: string;
}

@ObjectType({
  implements: () => [Node],
  description: 'A person who runs a hub, appointed by a park admin.',
})
export class HubStaff {
  @Field(() => ID)
  id: string;

  @Field(() => Hub)
  hub: Hub;

  @Field(() => User)
  user: User;

  @Field(() => HubStaffRole)
  role: HubStaffRole;
}
