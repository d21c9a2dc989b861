import { Query, Resolver } from '@nestjs/graphql';
import { IdArg, Loaders, Node, RequestLoaders, TypedNode } from '@park/platform/graphql';
import { AuthUser } from '../auth-user';
import { CurrentUser } from '../current-user.decorator';
import { Public } from '../public.decorator';
import { NodeLookup } from './node-lookup.service';

@Resolver()
export class NodeResolver {
  constructor(private readonly nodes: NodeLookup) {}

  @Public()
  @Query(() => Node, {
    nullable: true,
    description:
      'Refetch anything by its id, as the viewer may see it: null when there is none or it is hidden.',
  })
  node(
    @CurrentUser() viewer: AuthUser | undefined,
    @IdArg() id: string,
    @Loaders() loaders: RequestLoaders,
  ): Promise<TypedNode | null> {
    return this.nodes.find(viewer, id, loaders);
  }
}
