import { Injectable } from '@nestjs/common';
import { IdentityService } from '@park/identity';
import { AuthUser } from '@park/platform/auth';
import { Stakeholder as StakeholderRow } from '@park/platform/database';
import {
  ConnectionShape,
  CursorPart,
  decodeCursor,
  DomainError,
  encodeCursor,
  toConnection,
} from '@park/platform/graphql';
import { DirectoryAccess } from './directory-access';
import { StakeholderOrder } from './directory.enums';
import {
  AddStakeholderMemberArgs,
  CreateStakeholderInput,
  StakeholdersArgs,
  UpdateStakeholderArgs,
} from './stakeholder.input';
import { StakeholderRepository } from './stakeholder.repository';

const LIST = {
  [StakeholderOrder.NAME]: 'stakeholders:name',
  [StakeholderOrder.NEWEST]: 'stakeholders:newest',
};

const SHAPE: Record<StakeholderOrder, CursorPart[]> = {
  [StakeholderOrder.NAME]: ['text'],
  [StakeholderOrder.NEWEST]: ['time', 'uuid'],
};

function cursorOf(order: StakeholderOrder, row: StakeholderRow): string {
  return order === StakeholderOrder.NAME
    ? encodeCursor(LIST[order], [row.name])
    : encodeCursor(LIST[order], [row.createdAt.toISOString(), row.id]);
}

/** The stakeholder directory: browsing, profiles and their people. */
@Injectable()
export class StakeholderService {
  constructor(
    private readonly stakeholders: StakeholderRepository,
    private readonly access: DirectoryAccess,
    private readonly identity: IdentityService,
  ) {}

  async list(args: StakeholdersArgs): Promise<ConnectionShape<StakeholderRow>> {
    const filter = args.filter ?? {};
    const after = args.after
      ? decodeCursor(args.after, LIST[args.orderBy], SHAPE[args.orderBy])
      : undefined;
    const rows = await this.stakeholders.page({
      filter,
      orderBy: args.orderBy,
      after,
      limit: args.first + 1,
    });
    return toConnection(
      rows,
      args.first,
      () => this.stakeholders.count(filter),
      (row) => cursorOf(args.orderBy, row),
      (row) => row,
    );
  }

  /** Stakeholders by kind: the figure parkStats shows. */
  countByKind() {
    return this.stakeholders.countByKind();
  }

  find(id: string): Promise<StakeholderRow | null> {
    return this.stakeholders.findById(id);
  }

  create(viewer: AuthUser, input: CreateStakeholderInput): Promise<StakeholderRow> {
    return this.stakeholders.create(input, viewer.id);
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

  async addMember(viewer: AuthUser, args: AddStakeholderMemberArgs): Promise<StakeholderRow> {
    const stakeholder = await this.existing(args.stakeholderId);
    this.access.assertMayGrant(await this.access.rolesFor(viewer), stakeholder.id, args.role);
    const user = await this.identity.findUserByEmail(args.email);
    if (!user) throw DomainError.notFound('An account with this email');
    await this.stakeholders.addMember(stakeholder.id, user.id, args.role);
    return stakeholder;
  }

  private async existing(id: string): Promise<StakeholderRow> {
    const stakeholder = await this.stakeholders.findById(id);
    if (!stakeholder) throw DomainError.notFound('Stakeholder');
    return stakeholder;
  }
}
