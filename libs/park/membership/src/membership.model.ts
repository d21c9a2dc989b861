import { Membership } from '@park/directory';
import { Connection } from '@park/platform/graphql';

export const MembershipConnection = Connection(Membership);
