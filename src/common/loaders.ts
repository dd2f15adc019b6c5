import { Injectable, Type } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import DataLoader from 'dataloader';

/**
 * A feature's DataLoader factory: `create()` is called at most once per
 * request, the first time a resolver of that request asks for it.
 */
export interface LoaderFactory<K, V> {
  create(): DataLoader<K, V>;
}

/** The loaders of one request, built lazily and kept for its lifetime. */
export class RequestLoaders {
  private readonly built = new Map<Type<unknown>, DataLoader<unknown, unknown>>();

  constructor(private readonly moduleRef: ModuleRef) {}

  get<K, V>(factory: Type<LoaderFactory<K, V>>): DataLoader<K, V> {
    let loader = this.built.get(factory);
    if (!loader) {
      loader = this.moduleRef.get(factory, { strict: false }).create() as DataLoader<
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

  forRequest(): RequestLoaders {
    return new RequestLoaders(this.moduleRef);
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
