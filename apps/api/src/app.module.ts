import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { DirectoryModule } from '@park/directory';
import { IdentityModule } from '@park/identity';
import { MembershipModule } from '@park/membership';
import { NotificationModule } from '@park/notification';
import { OpenDataModule } from '@park/open-data';
import { PartnershipModule } from '@park/partnership';
import { AuthModule, GqlAuthGuard } from '@park/platform/auth';
import { AppConfig, Config, ConfigModule } from '@park/platform/config';
import { DatabaseModule } from '@park/platform/database';
import { DomainErrorFilter, graphqlOptions } from '@park/platform/graphql';
import { JobsModule } from '@park/platform/jobs';
import { LiveModule } from '@park/platform/live';
import { MailModule } from '@park/platform/mail';
import { ObservabilityModule } from '@park/platform/observability';
import { WorkflowModule } from '@park/platform/workflow';
import { PrivacyModule } from '@park/privacy';
import { ProjectModule } from '@park/project';
import { ReportingModule } from '@park/reporting';
import { SpacesModule } from '@park/spaces';
import { WebhooksModule } from '@park/webhooks';

/** The composition root: platform kits, then the park's bounded contexts. */
@Module({})
export class AppModule {
  static forRoot(config: Config, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot({
          url: databaseUrl,
          poolSize: config.DATABASE_POOL_SIZE,
          statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
          lockTimeoutMs: config.DATABASE_LOCK_TIMEOUT_MS,
        }),
        ObservabilityModule,
        AuthModule,
        JobsModule.forRoot({ databaseUrl }),
        MailModule,
        LiveModule,
        WorkflowModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [AppConfig],
          useFactory: graphqlOptions,
        }),
        IdentityModule,
        DirectoryModule,
        MembershipModule,
        NotificationModule,
        SpacesModule,
        PartnershipModule,
        ProjectModule,
        ReportingModule,
        OpenDataModule,
        PrivacyModule,
        WebhooksModule,
      ],
      providers: [
        { provide: APP_GUARD, useClass: GqlAuthGuard },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
      ],
    };
  }
}
