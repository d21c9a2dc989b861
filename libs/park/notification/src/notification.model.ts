import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@park/platform/graphql';
import { WorkflowActor } from '@park/platform/workflow';

@ObjectType({ description: 'Something that needs your attention.' })
export class Notification {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'e.g. MEMBERSHIP_APPLICATION_RECEIVED, MEMBERSHIP_APPROVE' })
  kind: string;

  @Field(() => String)
  message: string;

  @Field(() => String, { description: 'What it is about: Membership, Partnership, …' })
  entityType: string;

  @Field(() => ID)
  entityId: string;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;

  @Field(() => Date)
  createdAt: Date;
}

export const NotificationConnection = Connection(Notification);

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
