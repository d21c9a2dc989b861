import { Injectable, OnModuleInit } from '@nestjs/common';
import { AuthUser } from '@park/platform/auth';
import { NodeRegistry } from '@park/platform/graphql';
import { PartnershipService } from './partnership.service';

/** node(id) for partnerships: as `partnership(id)`. */
@Injectable()
export class PartnershipNodes implements OnModuleInit {
  constructor(
    private readonly registry: NodeRegistry,
    private readonly partnerships: PartnershipService,
  ) {}

  onModuleInit(): void {
    this.registry.register<AuthUser>({
      type: 'Partnership',
      table: 'partnerships',
      find: (viewer, id, loaders) => this.partnerships.find(viewer ?? null, id, loaders),
    });
  }
}
