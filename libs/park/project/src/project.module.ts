import { Module } from '@nestjs/common';
import { DirectoryModule } from '@park/directory';
import { IdentityModule } from '@park/identity';
import { MembershipModule } from '@park/membership';
import { notificationSubject } from '@park/notification';
import {
  BallotResolver,
  BudgetResultResolver,
  BudgetRoundResolver,
  HubBudgetRoundsResolver,
} from './budgeting.resolver';
import { BudgetRoundLiveResolver } from './budget-round-live.resolver';
import { BudgetingRepository } from './budgeting.repository';
import { BudgetingService } from './budgeting.service';
import { CommitteeRepository } from './committee.repository';
import { CommitteeResolver } from './committee.resolver';
import { CommitteeService } from './committee.service';
import { FundingRepository } from './funding.repository';
import { FundingService } from './funding.service';
import { ProjectAccess } from './project-access';
import { ProjectLoaders } from './project.loaders';
import { Committee, Project, ProjectConnection } from './project.model';
import { ProjectNodes } from './project.nodes';
import { BudgetRound, BudgetRoundConnection } from './budgeting.model';
import { ProjectRepository } from './project.repository';
import { BudgetRoundWebhookSubject, ProjectWebhookSubject } from './project-webhook.subject';
import {
  MilestoneResolver,
  ProjectMemberResolver,
  ProjectResolver,
  ProjectReviewResolver,
  StakeholderProjectsResolver,
} from './project.resolver';
import { ProjectService } from './project.service';
import { ViewerProjectsResolver } from './viewer-projects.resolver';
import { PabulibController } from './pabulib/pabulib.controller';
import { PabulibRepository } from './pabulib/pabulib.repository';
import { PabulibService } from './pabulib/pabulib.service';

notificationSubject({
  entityType: 'Project',
  type: () => Project,
  loaders: ProjectLoaders,
  byId: (loaders) => loaders.projectById,
});
notificationSubject({
  entityType: 'Committee',
  type: () => Committee,
  loaders: ProjectLoaders,
  byId: (loaders) => loaders.committeeById,
});
notificationSubject({
  entityType: 'BudgetRound',
  type: () => BudgetRound,
  loaders: ProjectLoaders,
  byId: (loaders) => loaders.roundById,
});

@Module({
  imports: [DirectoryModule, IdentityModule, MembershipModule],
  controllers: [PabulibController],
  providers: [
    PabulibRepository,
    PabulibService,
    BallotResolver,
    BudgetingRepository,
    BudgetRoundLiveResolver,
    BudgetingService,
    BudgetRoundWebhookSubject,
    ProjectNodes,
    BudgetResultResolver,
    BudgetRoundConnection.Resolver,
    BudgetRoundResolver,
    CommitteeRepository,
    CommitteeResolver,
    HubBudgetRoundsResolver,
    CommitteeService,
    FundingRepository,
    FundingService,
    MilestoneResolver,
    ProjectAccess,
    ProjectConnection.Resolver,
    ProjectLoaders,
    ProjectMemberResolver,
    ProjectRepository,
    ProjectWebhookSubject,
    ProjectResolver,
    ProjectReviewResolver,
    ProjectService,
    StakeholderProjectsResolver,
    ViewerProjectsResolver,
  ],
  exports: [BudgetingService, FundingService, PabulibService, ProjectLoaders, ProjectService],
})
export class ProjectModule {}
