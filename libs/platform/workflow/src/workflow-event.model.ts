import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Node } from '@park/platform/graphql';

/** `actor` (the User who made the step) is added by the identity feature, which owns users. */
@ObjectType({
  implements: () => [Node],
  description: 'One step in the life of a membership, partnership, project…',
})
export class WorkflowEvent {
  @Field(() => ID)
  id: string;

  /** Who made it; null if the account was deleted. */
  actorId: string | null;

  /** The entity whose step it is (for node(id): its visibility is that entity's). */
  entityType?: string;
  entityId?: string;

  @Field(() => String)
  action: string;

  @Field(() => String, { nullable: true, description: 'Null for the step that created it.' })
  from: string | null;

  @Field(() => String)
  to: string;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => Date)
  at: Date;
}
