import { registerEnumType } from '@nestjs/graphql';
import { PartnershipKind, PartnershipStatus } from '@park/platform/database';
import { actionsOf, registerActionEnum } from '@park/platform/workflow';
import { PartnershipNextAction, partnershipFlow } from './partnership.flow';

// The API's enums are the database's, value for value (docs/api.md fixes both).
registerEnumType(PartnershipKind, {
  name: 'PartnershipKind',
  description: 'DATA partnerships state their data-sharing terms.',
});
registerEnumType(PartnershipStatus, {
  name: 'PartnershipStatus',
  description:
    'PROPOSED → AGREED → ACTIVE → COMPLETED | TERMINATED; PROPOSED → DECLINED; ' +
    'PROPOSED | AGREED → WITHDRAWN; AGREED → REJECTED.',
});

export const PartnershipActionEnum = registerActionEnum<PartnershipNextAction>(
  'PartnershipAction',
  [...actionsOf(partnershipFlow.transitions), 'comment'],
  'What the viewer may do next with a partnership: its flow’s moves and COMMENT (docs/api.md).',
);

export { PartnershipKind, PartnershipStatus };
