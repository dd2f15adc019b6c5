import 'reflect-metadata';
import { RESOLVER_PROPERTY_METADATA } from '@nestjs/graphql/dist/graphql.constants';
import { GqlParamtype } from '@nestjs/graphql/dist/enums/gql-paramtype.enum';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RESOLVERS } from '../resolvers';

/**
 * Field resolvers without arguments must take graphql-js's own
 * `(parent, args, context)` (see NoArgs in request-context.ts): a single
 * parameter decorator sends every call of the field back through Nest's
 * execution context, which on a page of 50 needs had cost a quarter of the
 * server's CPU.
 */
describe('field resolvers', () => {
  const fieldResolvers = RESOLVERS.flatMap((resolver) =>
    Object.getOwnPropertyNames(resolver.prototype)
      .filter((name) => {
        const method: unknown = Object.getOwnPropertyDescriptor(resolver.prototype, name)?.value;
        return (
          typeof method === 'function' && Reflect.getMetadata(RESOLVER_PROPERTY_METADATA, method)
        );
      })
      .map((name) => ({
        name: `${resolver.name}.${name}`,
        params: Object.keys(
          (Reflect.getMetadata(ROUTE_ARGS_METADATA, resolver, name) as object | undefined) ?? {},
        ),
      })),
  );

  it('are found (the check below would pass on none)', () => {
    expect(fieldResolvers.length).toBeGreaterThan(30);
    expect(fieldResolvers.map((r) => r.name)).toContain('NeedsResolver.country');
  });

  it('use parameter decorators only when they take arguments', () => {
    const decoratedWithoutArgs = fieldResolvers
      .filter(
        (r) => r.params.length > 0 && !r.params.some((k) => k.startsWith(`${GqlParamtype.ARGS}:`)),
      )
      .map((r) => r.name);
    expect(decoratedWithoutArgs).toEqual([]);
  });
});
