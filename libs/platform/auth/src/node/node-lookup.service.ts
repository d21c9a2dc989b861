import { Injectable } from '@nestjs/common';
import { NodeTypeRepository } from '@park/platform/database';
import { asNode, NodeRegistry, RequestLoaders, TypedNode } from '@park/platform/graphql';
import { AuthUser } from '../auth-user';

/**
 * `node(id)`: which type holds the id (one statement), then that type's own finder, which applies
 * its visibility rules. Missing, hidden or of a type nobody registered: null, never an error.
 */
@Injectable()
export class NodeLookup {
  constructor(
    private readonly registry: NodeRegistry,
    private readonly types: NodeTypeRepository,
  ) {}

  async find(
    viewer: AuthUser | undefined,
    id: string,
    loaders: RequestLoaders,
  ): Promise<TypedNode | null> {
    const type = await this.types.typeOf(id, this.registry.sources);
    const source = type ? this.registry.source(type) : undefined;
    const row = source ? await source.find(viewer, id, loaders) : null;
    return row && type ? asNode(type, row) : null;
  }
}
