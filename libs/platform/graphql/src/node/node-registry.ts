import { Injectable } from '@nestjs/common';
import { RequestLoaders } from '../loaders/request-loaders';

/**
 * One type `node(id)` can refetch: the table (and uuid column) its ids live in, and how the
 * owning feature finds one for a viewer, its visibility rules applied (not visible → null).
 */
export interface NodeSource<Viewer = unknown> {
  type: string;
  table: string;
  /** Default `id`; a weekly series is found by the `series_id` of its bookings. */
  column?: string;
  find(viewer: Viewer | undefined, id: string, loaders: RequestLoaders): Promise<object | null>;
}

/** The sources features register at start (each feature its own types, in its module). */
@Injectable()
export class NodeRegistry {
  private readonly byType = new Map<string, NodeSource>();

  register<Viewer>(...sources: NodeSource<Viewer>[]): void {
    for (const source of sources) {
      if (this.byType.has(source.type))
        throw new Error(`Node type ${source.type} registered twice`);
      if (!/^[a-z_]+$/.test(source.table) || !/^[a-z_]*$/.test(source.column ?? '')) {
        throw new Error(`Node type ${source.type}: table and column must be plain SQL names`);
      }
      this.byType.set(source.type, source as NodeSource);
    }
  }

  get sources(): NodeSource[] {
    return [...this.byType.values()];
  }

  source(type: string): NodeSource | undefined {
    return this.byType.get(type);
  }
}
