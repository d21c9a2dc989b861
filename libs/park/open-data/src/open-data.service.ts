import { Injectable } from '@nestjs/common';
import { AppConfig } from '@park/platform/config';
import { createHash } from 'node:crypto';
import { Dataset, Freshness } from './dataset';
import { OpenDataRepository } from './open-data.repository';
import { OpenDatasets } from './open-datasets';

export interface DatasetState {
  dataset: Dataset;
  freshness: Freshness;
}

/** What a response's cache headers are made of. */
export interface Validators {
  etag: string;
  lastModified: Date | null;
}

/** The catalogue's datasets with their freshness, and the validators of each file. */
@Injectable()
export class OpenDataService {
  constructor(
    private readonly datasets: OpenDatasets,
    private readonly repository: OpenDataRepository,
    private readonly config: AppConfig,
  ) {}

  get license(): { title: string; url: string } {
    return this.config.get('OPEN_DATA_LICENSE');
  }

  get baseUrl(): string {
    return `${this.config.get('PUBLIC_URL').replace(/\/$/, '')}/open-data`;
  }

  votedRound(id: string): Promise<{ id: string; modified: Date } | null> {
    return this.repository.votedRound(id);
  }

  find(name: string): Dataset | undefined {
    return this.datasets.find(name);
  }

  async state(dataset: Dataset): Promise<DatasetState> {
    return { dataset, freshness: await dataset.freshness() };
  }

  /** Every dataset's freshness, one statement each. */
  states(): Promise<DatasetState[]> {
    return Promise.all(this.datasets.all.map((dataset) => this.state(dataset)));
  }

  /** A weak ETag (the bytes differ, e.g. ballots' random ids), from the freshness and licence. */
  validators(file: string, states: readonly DatasetState[]): Validators {
    const hash = createHash('sha256').update(file).update(JSON.stringify(this.license));
    let lastModified: Date | null = null;
    for (const { dataset, freshness } of states) {
      hash.update(
        `|${dataset.name}:${freshness.count}:${freshness.modified?.toISOString() ?? ''}:${freshness.digest ?? ''}`,
      );
      if (freshness.modified && (!lastModified || freshness.modified > lastModified)) {
        lastModified = freshness.modified;
      }
    }
    // A dataset with no update time (computed figures) makes a date alone unable to vouch.
    const dated = states.every((state) => state.freshness.modified);
    return {
      etag: `W/"${hash.digest('base64url').slice(0, 27)}"`,
      lastModified: dated ? lastModified : null,
    };
  }
}
