import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Who made a workflow step.' })
export class WorkflowActor {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  displayName: string;
}

@ObjectType({ description: 'One step in the life of a membership, partnership, project…' })
export class WorkflowEvent {
  @Field(() => String)
  action: string;

  @Field(() => String, { nullable: true, description: 'Null for the step that created it.' })
  from: string | null;

  @Field(() => String)
  to: string;

  @Field(() => WorkflowActor, { nullable: true, description: 'Null if the account was deleted.' })
  actor: WorkflowActor | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => Date)
  at: Date;
}
