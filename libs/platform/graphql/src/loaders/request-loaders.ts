import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import DataLoader from 'dataloader';

/** A batch function of a singleton service: its identity names the loader. */
export type BatchLoad<K, V> = (keys: readonly K[]) => Promise<V[]>;

/**
 * The DataLoaders of one GraphQL request, created lazily in the request's context (no
 * request-scoped providers): a page of N items costs one batched query per relation, not N.
 */
export class RequestLoaders {
  private readonly loaders = new Map<BatchLoad<never, unknown>, DataLoader<never, unknown>>();

  get<K, V>(batch: BatchLoad<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(batch as BatchLoad<never, unknown>);
    if (!loader) {
      loader = new DataLoader<K, V>(batch) as DataLoader<never, unknown>;
      this.loaders.set(batch as BatchLoad<never, unknown>, loader);
    }
    return loader as unknown as DataLoader<K, V>;
  }
}

/** `@Loaders() loaders: RequestLoaders` in a resolver. */
export const Loaders = createParamDecorator(
  (_: unknown, context: ExecutionContext): RequestLoaders =>
    GqlExecutionContext.create(context).getContext<{ loaders: RequestLoaders }>().loaders,
);

/** Groups rows by key in the order DataLoader asked for them. */
export function groupBy<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}
