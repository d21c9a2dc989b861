import { registerEnumType } from '@nestjs/graphql';
import {
  HubKind,
  HubStaffRole,
  PolicyArea,
  StakeholderKind,
  StakeholderRole,
} from '@park/platform/database';

// The API's enums are the database's, value for value (docs/api.md fixes both).
registerEnumType(HubKind, { name: 'HubKind' });
registerEnumType(HubStaffRole, { name: 'HubStaffRole' });
registerEnumType(StakeholderKind, { name: 'StakeholderKind' });
registerEnumType(PolicyArea, { name: 'PolicyArea' });
registerEnumType(StakeholderRole, { name: 'StakeholderRole' });

export enum StakeholderOrder {
  NAME = 'NAME',
  NEWEST = 'NEWEST',
}
registerEnumType(StakeholderOrder, {
  name: 'StakeholderOrder',
  description: 'NAME: A → Z (case-insensitive). NEWEST: most recently created first.',
});

export { HubKind, HubStaffRole, PolicyArea, StakeholderKind, StakeholderRole };
