import { Injectable, OnModuleInit } from '@nestjs/common';
import { AuthUser } from '@park/platform/auth';
import { NodeRegistry } from '@park/platform/graphql';
import { UserLoaders } from './user.loaders';
import { toUser } from './user.mapper';

/** node(id) for people: anyone may see a person (their e-mail only they and park admins). */
@Injectable()
export class IdentityNodes implements OnModuleInit {
  constructor(
    private readonly registry: NodeRegistry,
    private readonly users: UserLoaders,
  ) {}

  onModuleInit(): void {
    this.registry.register<AuthUser>({
      type: 'User',
      table: 'users',
      find: async (viewer, id, loaders) => {
        const row = await loaders.get(this.users.byId).load(id);
        return row ? toUser(row, viewer) : null;
      },
    });
  }
}
