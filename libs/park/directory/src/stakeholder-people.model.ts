import { Field, ObjectType } from '@nestjs/graphql';
import {
  Stakeholder as StakeholderRow,
  StakeholderMember as StakeholderMemberRow,
} from '@park/platform/database';
import { Stakeholder, StakeholderMember } from './stakeholder.model';

@ObjectType({
  description:
    'A change to a stakeholder’s people: the stakeholder as it now is, and the person changed ' +
    '(for a removal or a departure, as they were).',
})
export class StakeholderMemberPayload {
  @Field(() => Stakeholder)
  stakeholder: StakeholderRow;

  @Field(() => StakeholderMember)
  member: StakeholderMemberRow;
}
