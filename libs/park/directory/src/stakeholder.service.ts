import { Injectable } from '@nestjs/common';
import { AuthUser } from '@park/platform/auth';
import {
  Hub as HubRow,
  StakeholderKind,
  Stakeholder as StakeholderRow,
  TransactionRunner,
  Tx,
} from '@park/platform/database';
import {
  byTimeThenId,
  ConnectionShape,
  DomainError,
  KeysetOrder,
  keysetPage,
} from '@park/platform/graphql';
import { WorkflowRunner } from '@park/platform/workflow';
import { DirectoryAccess } from './directory-access';
import { StakeholderOrder } from './directory.enums';
import {
  CreateStakeholderInput,
  StakeholdersArgs,
  UpdateStakeholderArgs,
} from './stakeholder.input';
import { StakeholderRepository } from './stakeholder.repository';

const newest = byTimeThenId<StakeholderRow>('stakeholders:newest', (row) => row.createdAt);

/** The repository reads a position as the cursor's values: [name], or [createdAt ISO, id]. */
const ORDERS: Record<StakeholderOrder, KeysetOrder<StakeholderRow, string[]>> = {
  [StakeholderOrder.NAME]: {
    list: 'stakeholders:name',
    parts: ['text'],
    keysOf: (row) => [row.name],
    positionOf: (values) => values,
  },
  [StakeholderOrder.NEWEST]: { ...newest, positionOf: (values) => values },
};

/** The stakeholder directory: browsing, profiles and their people. */
@Injectable()
export class StakeholderService {
  constructor(
    private readonly stakeholders: StakeholderRepository,
    private readonly access: DirectoryAccess,
    private readonly transactions: TransactionRunner,
    private readonly workflow: WorkflowRunner,
  ) {}

  list(args: StakeholdersArgs): Promise<ConnectionShape<StakeholderRow>> {
    const filter = args.filter ?? {};
    return keysetPage({
      order: ORDERS[args.orderBy],
      first: args.first,
      after: args.after,
      fetch: (after, limit) =>
        this.stakeholders.page({ filter, orderBy: args.orderBy, after, limit }),
      count: () => this.stakeholders.count(filter),
    });
  }

  /** Stakeholders by kind: the figure parkStats shows. */
  countByKind() {
    return this.stakeholders.countByKind();
  }

  /** A person's place in a stakeholder, for node(id): public, as Stakeholder.members is. */
  member(id: string) {
    return this.stakeholders.memberById(id);
  }

  find(id: string): Promise<StakeholderRow | null> {
    return this.stakeholders.findById(id);
  }

  create(viewer: AuthUser, input: CreateStakeholderInput): Promise<StakeholderRow> {
    return this.stakeholders.create(input, viewer.id);
  }

  /**
   * The stakeholder that leads a hub's projects imported from pabulib files (a project needs a
   * lead; the file names none), made on the first import.
   */
  leadOfImports(tx: Tx, hub: Pick<HubRow, 'name'>): Promise<{ id: string }> {
    return this.stakeholders.findOrCreateByName(tx, {
      name: `${hub.name}: imported projects`,
      kind: StakeholderKind.PUBLIC_AGENCY,
      description: 'Leads the projects imported from pabulib files into the hub’s budget rounds.',
    });
  }

  async update(
    viewer: AuthUser,
    { id, input, version }: UpdateStakeholderArgs,
  ): Promise<StakeholderRow> {
    await this.existing(id);
    this.access.assertMayManage(await this.access.rolesFor(viewer), id);
    const { website, contactEmail, ...rest } = input;
    const applied = await this.stakeholders.updateAtVersion(id, version, {
      ...rest,
      ...(website !== undefined && { website: website || null }),
      ...(contactEmail !== undefined && { contactEmail: contactEmail || null }),
    });
    const current = await this.existing(id);
    if (!applied) {
      throw DomainError.conflict('Someone else changed this stakeholder; reload and try again', {
        currentVersion: current.version,
      });
    }
    return current;
  }

  /**
   * A park admin marks the stakeholder checked; its owners and admins are told. Verifying a
   * verified stakeholder changes nothing. `version` stays: no profile field changed.
   */
  async verify(viewer: AuthUser, id: string): Promise<StakeholderRow> {
    this.access.assertParkAdmin(viewer);
    const stakeholder = await this.existing(id);
    const managers = await this.access.stakeholderManagerIds(id);
    await this.transactions.run(async (tx) => {
      if (!(await this.stakeholders.markVerified(tx, id))) return;
      const subject = { entityType: 'Stakeholder', entityId: id };
      await this.workflow.record(tx, viewer.id, 'Stakeholder.verify', subject, {});
      await this.workflow.announce(
        tx,
        subject,
        managers
          .filter((recipientId) => recipientId !== viewer.id)
          .map((recipientId) => ({
            recipientId,
            kind: 'STAKEHOLDER_VERIFIED' as const,
            params: { stakeholder: stakeholder.name },
          })),
      );
    });
    return this.existing(id);
  }

  private async existing(id: string): Promise<StakeholderRow> {
    const stakeholder = await this.stakeholders.findById(id);
    if (!stakeholder) throw DomainError.notFound('Stakeholder');
    return stakeholder;
  }
}
