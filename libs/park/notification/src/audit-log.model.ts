import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@park/platform/graphql';
import { WorkflowActor } from '@park/platform/workflow';

@ObjectType({ description: 'One staff action or workflow step, for park admins.' })
export class AuditLogEntry {
  @Field(() => ID)
  id: string;

  @Field(() => WorkflowActor, { nullable: true })
  actor: WorkflowActor | null;

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
