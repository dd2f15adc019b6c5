import { Injectable, Type } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import DataLoader from 'dataloader';
import { AuthUser } from './auth-user';

/**
 * A feature's DataLoader factory: `create()` is called at most once per
 * request, the first time a resolver of that request asks for it.
 */
export interface LoaderFactory<K, V> {
  /** `user` is the caller, for loaders whose rows depend on what they may read. */
  create(user: AuthUser | undefined): DataLoader<K, V>;
}

/** The loaders of one request, built lazily and kept for its lifetime. */
export class RequestLoaders {
  private readonly built = new Map<Type<unknown>, DataLoader<unknown, unknown>>();

  constructor(
    private readonly moduleRef: ModuleRef,
    /** The request: the guard sets `user` on it after the context is made. */
    private readonly req?: { user?: AuthUser },
  ) {}

  get<K, V>(factory: Type<LoaderFactory<K, V>>): DataLoader<K, V> {
    let loader = this.built.get(factory);
    if (!loader) {
      loader = this.moduleRef.get(factory, { strict: false }).create(this.req?.user) as DataLoader<
        unknown,
        unknown
      >;
      this.built.set(factory, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

@Injectable()
export class LoadersFactory {
  constructor(private readonly moduleRef: ModuleRef) {}

  forRequest(req?: { user?: AuthUser }): RequestLoaders {
    return new RequestLoaders(this.moduleRef, req);
  }
}

/** Orders batch results by the keys asked for, `null` where a key has no row. */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}

/** A loader of rows by uuid, batching the ids of one tick into one query. */
export function idLoader<T extends { id: string }>(
  fetch: (ids: readonly string[]) => Promise<T[]>,
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) =>
    byKeys(ids, await fetch(ids), (r) => r.id),
  );
}

/** A loader of lists by a parent id: one query for all the parents of a tick. */
export function groupLoader<T>(
  fetch: (keys: readonly string[]) => Promise<T[]>,
  keyOf: (row: T) => string,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
    for (const row of await fetch(keys)) groups.get(keyOf(row))?.push(row);
    return keys.map((k) => groups.get(k) ?? []);
  });
}
