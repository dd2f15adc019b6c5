import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloServerPlugin } from '@apollo/server';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLError } from 'graphql';
import { SecurityLimits } from './security.config';

/**
 * The GraphQL server's share of the limits, spread into the Apollo driver's
 * configuration (app.module.ts): graphql-armor's depth, aliases, cost
 * and directives limits and graphql-js's token limit (each refusal a 400
 * naming the limit), field suggestions ("Did you mean ...?") hidden in
 * production, no batched HTTP requests, Apollo's CSRF prevention, and in
 * production no landing page at all. Subscriptions only over the socket
 * (graphql-ws, src/auth/graphql-ws.ts), which in turn takes nothing else.
 */
export function graphqlLimits(
  limits: SecurityLimits,
): Pick<
  ApolloDriverConfig,
  | 'validationRules'
  | 'allowBatchedHttpRequests'
  | 'csrfPrevention'
  | 'parseOptions'
  | 'persistedQueries'
> & { plugins: NonNullable<ApolloDriverConfig['plugins']> } {
  const armor = new ApolloArmor({
    // Fragments flattened: a fragment spread is not a level of nesting of the answer.
    maxDepth: { n: limits.maxDepth, flattenFragments: true },
    costLimit: { maxCost: limits.maxCost, flattenFragments: true },
    maxAliases: { n: limits.maxAliases },
    // graphql-armor's token limit throws from a plugin hook, which Apollo answers
    // with a 500; graphql-js's own (parseOptions below) is a parse error: a 400.
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives },
    blockFieldSuggestion: { enabled: limits.production },
  }).protect();
  return {
    // graphql-armor's types name @apollo/server's CommonJS declarations (STACK.md): cast.
    plugins: [
      subscriptionsOverSocketOnly,
      ...(armor.plugins as unknown as NonNullable<ApolloDriverConfig['plugins']>),
      ...(limits.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
    allowBatchedHttpRequests: false,
    // No automatic persisted queries: the client sends its documents, and a cache that
    // any caller fills is one more thing to bound.
    persistedQueries: false,
    // Refuses GET and "simple" POST requests (text/plain, forms) that carry no
    // `apollo-require-preflight` or `x-apollo-operation-name` header: a
    // browser cannot send those cross-origin without a CORS preflight.
    csrfPrevention: true,
  };
}

/**
 * A subscription sent over HTTP would run its event resolver with no event:
 * refused before execution, as the client's mistake (400, BAD_REQUEST).
 */
const subscriptionsOverSocketOnly: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        if (operation?.operation !== 'subscription') return;
        throw new GraphQLError(
          'Subscriptions are served over WebSocket (graphql-ws) on /graphql, not over HTTP.',
          { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } },
        );
      },
    };
  },
};
