import { Type } from '@nestjs/common';
import { createUnionType } from '@nestjs/graphql';
import { BatchLoad } from '@park/platform/graphql';

// What a notification is about, as a GraphQL union a client renders a link from. The
// notification lib uses no other feature, so each feature declares its own subject types here
// (in its module file, so the union is complete before the schema is built) and names the
// loaders provider whose batch function reads them by id; the resolver finds that provider at
// request time through Nest's ModuleRef, so no import points from here to a feature.

export interface NotificationSubjectSource<L = unknown> {
  /** The `entityType` notices and audit rows carry: `Membership`, `Project`, … */
  entityType: string;
  /** The GraphQL object type it resolves to. */
  type: () => Type<unknown>;
  /** The feature's loaders provider, and its batch function by id (a stable property). */
  loaders: Type<L>;
  byId: (loaders: L) => BatchLoad<string, object | null>;
}

const SOURCES = new Map<string, NotificationSubjectSource>();
const ENTITY_TYPE = Symbol('notification subject type');

/** Called once per subject type by the feature that owns the type. */
export function notificationSubject<L>(source: NotificationSubjectSource<L>): void {
  SOURCES.set(source.entityType, source as NotificationSubjectSource);
}

export function subjectSource(entityType: string): NotificationSubjectSource | undefined {
  return SOURCES.get(entityType);
}

/** A loaded row, marked with the type the union resolves it to. */
export function asSubject(entityType: string, row: object): object {
  return { ...row, [ENTITY_TYPE]: entityType };
}

// Typed as a class reference for @Field: its members are only known once the features load.
export const NotificationSubject = createUnionType({
  name: 'NotificationSubject',
  description: 'What a notification is about; null when it no longer exists.',
  types: () => [...SOURCES.values()].map((source) => source.type()) as [Type<unknown>],
  resolveType: (value: Record<symbol, string>) => SOURCES.get(value[ENTITY_TYPE])?.type(),
}) as unknown as Type<unknown>;
