import { registerEnumType } from '@nestjs/graphql';
import {
  HubKind,
  HubStaffRole,
  PolicyArea,
  StakeholderKind,
  StakeholderRole,
} from '@park/platform/database';

// The API's enums are the database's, value for value (docs/api.md fixes both).
registerEnumType(HubKind, {
  name: 'HubKind',
  description: 'Which of the park’s three hubs.',
});
registerEnumType(HubStaffRole, {
  name: 'HubStaffRole',
  description: 'A staff member’s role in a hub: MANAGER or COORDINATOR.',
});
registerEnumType(StakeholderKind, {
  name: 'StakeholderKind',
  description: 'What kind of organisation or person a stakeholder is.',
});
registerEnumType(PolicyArea, {
  name: 'PolicyArea',
  description: 'The city’s policy areas that stakeholders, projects and outcomes are filed under.',
});
registerEnumType(StakeholderRole, {
  name: 'StakeholderRole',
  description: 'A person’s role in a stakeholder: OWNER, ADMIN or MEMBER.',
});

export enum StakeholderOrder {
  NAME = 'NAME',
  NEWEST = 'NEWEST',
}
registerEnumType(StakeholderOrder, {
  name: 'StakeholderOrder',
  description: 'NAME: A → Z (case-insensitive). NEWEST: most recently created first.',
});

export { HubKind, HubStaffRole, PolicyArea, StakeholderKind, StakeholderRole };
