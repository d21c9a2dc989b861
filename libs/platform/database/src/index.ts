export { DatabaseModule } from './database.module';
export { NodeTable, NodeTypeRepository } from './node-type.repository';
export { EmbeddedPostgres, EmbeddedPostgresOptions } from './embedded/embedded-postgres';
export {
  BookingStatus,
  DataExportStatus,
  HubKind,
  HubStaffRole,
  MailCadence,
  MembershipPlan,
  MembershipStatus,
  NotificationKind,
  PolicyArea,
  Prisma,
  PrismaClient,
  RsvpStatus,
  SpaceKind,
  StakeholderInvitationStatus,
  StakeholderKind,
  StakeholderRole,
  UserRole,
  WebhookDeliveryStatus,
} from './generated/prisma/client';
export type {
  AuditLogEntry,
  AuthSession,
  Booking,
  DataExport,
  Event,
  Hub,
  HubStaff,
  MailDigest,
  MailPreference,
  Membership,
  Notification,
  RefreshToken,
  Rsvp,
  Space,
  SpaceOpeningHour,
  Stakeholder,
  StakeholderInvitation,
  StakeholderMember,
  User,
  Webhook,
  WebhookAttempt,
  WebhookDelivery,
  WorkflowEvent,
} from './generated/prisma/client';
export { PartnershipKind, PartnershipStatus } from './generated/prisma/client';
export type {
  Partnership,
  PartnershipComment,
  PartnershipDataSharing,
} from './generated/prisma/client';
export {
  BudgetResultReason,
  BudgetRoundStatus,
  BudgetVoterRule,
  CommitteeKind,
  FundingSource,
  ProjectRole,
  ProjectStatus,
  ReviewRecommendation,
  TallyMethod,
} from './generated/prisma/client';
export type {
  Ballot,
  BudgetResult,
  BudgetRound,
  Committee,
  CommitteeMember,
  FundingAllocation,
  Milestone,
  Outcome,
  Project,
  ProjectMember,
  ProjectReview,
} from './generated/prisma/client';
export { migrate, MigrateOptions, MigrateResult, MigrationError } from './migrator/migrator';
export {
  isCheckViolation,
  isDatabaseUnavailable,
  isExclusionViolation,
  isUniqueViolation,
  sqlState,
} from './prisma-errors';
export { DatabaseOptions, PrismaService, SentStatement } from './prisma.service';
export { afterCommit, TransactionRunner, Tx } from './transaction-runner';
export { DatabaseLocation, locateDatabase } from './database-location';
export { pastPosition } from './keyset';
