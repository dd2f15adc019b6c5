import { ArgsType, Field, GqlExecutionContext, Int, ObjectType } from '@nestjs/graphql';
import { createParamDecorator, ExecutionContext, Type } from '@nestjs/common';
import { GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { BadInput } from './errors';
import { rawAndEntities } from '../database/hydrate';

export const MAX_PAGE_SIZE = 100;

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'Page size, 0 to 100.' })
  @IsInt()
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  first = 20;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string | null;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}
export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /**
   * A number, or a promise of one; keysetPage makes it a getter that counts
   * on first read, which happens only when the query asks for totalCount,
   * so pages that do not ask cost one statement less.
   */
  totalCount: number | Promise<number>;
}

/** Builds the `XEdge` and `XConnection` types of the contract for a node type. */
export function Paginated<T>(node: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => node)
    node: T;

    @Field()
    cursor: string;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number;
  }
  return ConnectionType as Type<Connection<T>>;
}

/** A cursor is the sort key of a row, opaque to clients: base64url of a JSON array of strings. */
export function encodeCursor(values: string[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

const KEY_FORMAT: Record<SortKey['type'], (v: string) => boolean> = {
  timestamptz: (v) => /^\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(\.\d+)?([+-]\d\d(:\d\d)?|Z)?$/.test(v),
  uuid: (v) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v),
  real: (v) => /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(v),
  int: (v) => /^-?\d{1,10}$/.test(v),
  text: (v) => !v.includes('\u0000'),
};

/** A cursor's values, checked against the keys' types so that a tampered one never reaches SQL. */
export function decodeCursor(cursor: string, keys: SortKey[]): string[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === keys.length &&
      values.every((v, i) => typeof v === 'string' && v.length < 200 && KEY_FORMAT[keys[i].type](v))
    ) {
      return values as string[];
    }
  } catch {
    // fall through: not JSON
  }
  throw new BadInput('after is not a cursor from this list.', 'after');
}

/** A page's arguments, as the services take them. */
export interface PageArgs {
  first: number;
  after?: string | null;
  /** The query reads totalCount (CountsTotal): counted in the page's statement, not after it. */
  withTotal?: boolean;
}

/**
 * Whether the connection being resolved selects totalCount, through
 * fragments too: the resolver's `withTotal` for keysetPage.
 */
export const CountsTotal = createParamDecorator((_: unknown, context: ExecutionContext) =>
  selectsField(GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>(), 'totalCount'),
);

function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === name;
      if (s.kind === Kind.INLINE_FRAGMENT) return walk(s.selectionSet);
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      return walk(info.fragments[s.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node) => walk(node.selectionSet));
}

/** One key of a keyset ordering: a SQL expression and the type its text form casts back to. */
export interface SortKey {
  expr: string;
  type: 'timestamptz' | 'uuid' | 'real' | 'int' | 'text';
}

/**
 * Keyset pagination, newest (or best) first: every key descends, so the
 * page after a cursor is `(k1, k2, ...) < (c1, c2, ...)`, served by an
 * index on the same keys. Keys travel as PostgreSQL text, which round-trips
 * timestamps to the microsecond and reals exactly.
 */
export async function keysetPage<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  keys: SortKey[],
  args: PageArgs,
  /** Every key descends (newest first) unless told ASC (oldest first, as for comments). */
  order: 'ASC' | 'DESC' = 'DESC',
): Promise<Connection<T>> {
  const counting = qb.clone();
  keys.forEach((k, i) => qb.addSelect(`(${k.expr})::text`, `cursor_${i}`));
  if (args.after) {
    const values = decodeCursor(args.after, keys);
    const params = Object.fromEntries(values.map((v, i) => [`cursor_${i}`, v]));
    qb.andWhere(
      `(${keys.map((k) => k.expr).join(', ')}) ${order === 'DESC' ? '<' : '>'} (${keys.map((k, i) => `CAST(:cursor_${i} AS ${k.type})`).join(', ')})`,
      params,
    );
  }
  keys.forEach((k, i) => (i === 0 ? qb.orderBy(k.expr, order) : qb.addOrderBy(k.expr, order)));
  qb.limit(args.first + 1);
  if (args.withTotal && args.first > 0) {
    // The count in the page's own statement (an uncorrelated subquery, run once), one round
    // trip less; it has the list's filters, not the cursor's. Its parameters are the page's.
    const count = counting.clone().select(`COUNT(DISTINCT ${qb.alias}.id)`).orderBy().getQuery();
    qb.addSelect(`(${count})`, 'total_count');
  }

  let counted: Promise<number> | undefined;
  const totalCount = () => (counted ??= counting.getCount());
  if (args.first === 0) {
    const total = await totalCount();
    return { edges: [], totalCount: total, pageInfo: { hasNextPage: total > 0, endCursor: null } };
  }
  const { entities, raw } = await rawAndEntities<T, Record<string, string>>(qb);
  // An empty page (past the last row) carries no count: the lazy count below answers.
  if (args.withTotal && raw.length) counted = Promise.resolve(Number(raw[0].total_count));
  const edges = entities.slice(0, args.first).map((node, i) => ({
    node,
    cursor: encodeCursor(keys.map((_, j) => raw[i][`cursor_${j}`])),
  }));
  return {
    edges,
    get totalCount() {
      return totalCount();
    },
    pageInfo: {
      hasNextPage: entities.length > args.first,
      endCursor: edges.length ? edges[edges.length - 1].cursor : null,
    },
  };
}
