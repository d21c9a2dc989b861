import { Park, Person } from './park';
import { TestApi } from './test-api';

/**
 * Who every world casts beside its own people: a hub's manager and coordinator, another hub's
 * staff, a park admin, a stranger, and nobody signed in.
 */
export type Bystander =
  'hubManager' | 'hubCoordinator' | 'otherHubStaff' | 'parkAdmin' | 'stranger' | 'anonymous';

/**
 * A story's people by name (`'anonymous'` is nobody signed in): their tokens and user ids, the
 * API they talk to and the factories that made them. The partnership and project worlds extend it.
 */
export class Cast<Who extends string> {
  readonly tokens: Partial<Record<Who, string>> = {};
  readonly userIds: Partial<Record<Who, string>> = {};

  protected constructor(
    readonly api: TestApi,
    readonly park: Park,
  ) {}

  /** Names `person` as `who` in the story. */
  protected cast(who: Who, person: Person): void {
    this.tokens[who] = person.token;
    this.userIds[who] = person.id;
  }

  /** Options for a GraphqlClient call as `who`. */
  as(who: Who): { token?: string } {
    return { token: who === 'anonymous' ? undefined : this.tokens[who] };
  }

  /**
   * What a refused mutation on an entity answers `who`: UNAUTHENTICATED when nobody is signed
   * in, NOT_FOUND when their query for it (`{ partnership(id) { id } }`…) finds nothing, so a
   * mutation tells no more than the query, and FORBIDDEN when they can see it.
   */
  async refusalFor(who: Who, query: string, id: string): Promise<string> {
    if (who === 'anonymous') return 'UNAUTHENTICATED';
    const data = await this.api.graphql.ok<Record<string, unknown>>(query, { id }, this.as(who));
    return Object.values(data)[0] === null ? 'NOT_FOUND' : 'FORBIDDEN';
  }

  close(): Promise<void> {
    return this.api.close();
  }
}
