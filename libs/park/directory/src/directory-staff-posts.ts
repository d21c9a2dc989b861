import { Injectable } from '@nestjs/common';
import { StaffPosts } from '@park/notification';
import { HubRepository } from './hub.repository';

/** The notification lib's StaffPosts port: the directory owns hub staff. */
@Injectable()
export class DirectoryStaffPosts extends StaffPosts {
  constructor(private readonly hubs: HubRepository) {
    super();
  }

  hubIdsStaffedBy(userId: string): Promise<string[]> {
    return this.hubs.staffedBy(userId);
  }
}
