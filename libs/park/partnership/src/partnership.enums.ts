import { registerEnumType } from '@nestjs/graphql';
import { PartnershipKind, PartnershipStatus } from '@park/platform/database';

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

export { PartnershipKind, PartnershipStatus };
