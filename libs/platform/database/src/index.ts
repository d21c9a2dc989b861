export { DatabaseModule } from './database.module';
export { EmbeddedPostgres, EmbeddedPostgresOptions } from './embedded/embedded-postgres';
export {
  HubKind,
  HubStaffRole,
  MembershipPlan,
  MembershipStatus,
  PolicyArea,
  Prisma,
  PrismaClient,
  StakeholderKind,
  StakeholderRole,
  UserRole,
} from './generated/prisma/client';
export type {
  AuthSession,
  Hub,
  HubStaff,
  Membership,
  RefreshToken,
  Stakeholder,
  StakeholderMember,
  User,
} from './generated/prisma/client';
export { migrate, MigrateOptions, MigrateResult, MigrationError } from './migrator/migrator';
export { isUniqueViolation } from './prisma-errors';
export { DatabaseOptions, PrismaService } from './prisma.service';
export { DatabaseLocation, locateDatabase } from './database-location';
