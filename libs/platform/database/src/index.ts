export { DatabaseModule } from './database.module';
export { EmbeddedPostgres, EmbeddedPostgresOptions } from './embedded/embedded-postgres';
export { Prisma, PrismaClient, UserRole } from './generated/prisma/client';
export type { User, AuthSession, RefreshToken } from './generated/prisma/client';
export { migrate, MigrateOptions, MigrateResult, MigrationError } from './migrator/migrator';
export { isUniqueViolation } from './prisma-errors';
export { DatabaseOptions, PrismaService } from './prisma.service';
export { DatabaseLocation, locateDatabase } from './database-location';
