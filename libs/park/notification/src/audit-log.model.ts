import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection, Node } from '@park/platform/graphql';

/** `actor` (the User who acted) is added by the identity feature, which owns users. */
@ObjectType({
  implements: () => [Node],
  description: 'One staff action or workflow step, for park admins.',
})
export class AuditLogEntry {
  @Field(() => ID)
  id: string;

  actorId: string | null;

  @Field(() => String, { description: 'e.g. Membership.approve, HubStaff.assign' })
  action: string;

  @Field(() => String)
  entityType: string;

  @Field(() => ID)
  entityId: string;

  @Field(() => String, { description: 'JSON object: states, notes and other particulars.' })
  details: string;

  @Field(() => Date)
  at: Date;
}

export const AuditLogConnection = Connection(AuditLogEntry, 'AuditLog');
