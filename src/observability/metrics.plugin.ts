import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { OPERATION_NAME, OperationNamed } from './logging';
import { INVALID, Metrics } from './metrics';

/**
 * Counts and times every GraphQL request over HTTP by operation name, and
 * counts the errors of each response by code. Nest's Apollo driver finds it
 * through `@Plugin()`, so the GraphQL configuration needs no change.
 * Subscriptions over graphql-ws bypass Apollo's request pipeline; their
 * sockets are counted separately (ObservabilityModule).
 */
@Plugin()
export class MetricsPlugin implements ApolloServerPlugin {
  constructor(private readonly metrics: Metrics) {}

  async requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>>> {
    const started = process.hrtime.bigint();
    const metrics = this.metrics;
    let operation = INVALID;
    let type = 'unknown';
    return {
      async didResolveOperation(ctx) {
        operation = metrics.operationLabel(ctx.operationName);
        type = ctx.operation?.operation ?? 'unknown';
        // For the request's log line (logging.ts): the name from the document itself.
        const req = (ctx.contextValue as { req?: OperationNamed }).req;
        if (req) req[OPERATION_NAME] = ctx.operationName ?? null;
      },
      async willSendResponse(ctx) {
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        metrics.requests.inc({ operation, type });
        metrics.duration.observe({ operation, type }, seconds);
        // The formatted errors, as the caller sees them: codes are final here.
        const body = ctx.response.body;
        const errors = body.kind === 'single' ? body.singleResult.errors : undefined;
        for (const error of errors ?? []) {
          metrics.errors.inc({ code: metrics.codeLabel(error.extensions?.code) });
        }
      },
    };
  }
}
