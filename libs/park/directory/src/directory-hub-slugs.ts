import { Injectable } from '@nestjs/common';
import { HubSlugs } from '@park/notification';
import { HubRepository } from './hub.repository';

/** The notification lib's HubSlugs port (console links in mail): the directory owns hubs. */
@Injectable()
export class DirectoryHubSlugs extends HubSlugs {
  constructor(private readonly hubs: HubRepository) {
    super();
  }

  async slugsOf(hubIds: readonly string[]): Promise<Map<string, string>> {
    const wanted = new Set(hubIds);
    // The park has a handful of hubs: all of them is one small read.
    return new Map(
      (await this.hubs.all()).filter((hub) => wanted.has(hub.id)).map((hub) => [hub.id, hub.slug]),
    );
  }
}
