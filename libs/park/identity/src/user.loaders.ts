import { Injectable } from '@nestjs/common';
import { User as UserRow } from '@park/platform/database';
import { BatchLoad } from '@park/platform/graphql';
import { UserRepository } from './user.repository';

/** Batch functions other contexts use to show people (one query per page, not per person). */
@Injectable()
export class UserLoaders {
  constructor(private readonly users: UserRepository) {}

  readonly byId: BatchLoad<string, UserRow | null> = async (ids) => {
    const rows = await this.users.findByIds(ids);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  };
}
