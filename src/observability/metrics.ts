import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';

/** The label of operations without a name, and of names past the cap. */
export const ANONYMOUS = '(anonymous)';
export const OTHER = '(other)';
/** Requests that never reached an operation: unparsable or invalid documents. */
export const INVALID = '(invalid)';

/**
 * Operation names are chosen by the caller, so they are bounded: a sane
 * identifier, and at most this many distinct names per process; the rest are
 * counted under "(other)" rather than growing the series without end.
 */
const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
/** Error codes come from the server, but are bounded all the same. */
const MAX_ERROR_CODES = 50;
const ERROR_CODE = /^[A-Z][A-Z0-9_]{0,47}$/;

/**
 * Default process metrics (CPU, memory, event loop, GC) are process-wide: they
 * live in one registry per process, while each application (the tests start
 * several in one process) has its own registry for what it measures.
 */
let processRegistry: Registry | undefined;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/** The pg Pool under TypeORM's PostgreSQL driver, for its counters. */
interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options?: { max?: number };
}

@Injectable()
export class Metrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();
  private readonly codes = new Set<string>();
  private openSockets = 0;

  readonly requests = new Counter({
    name: 'd4d_graphql_requests_total',
    help: 'GraphQL requests over HTTP, by operation name and type',
    labelNames: ['operation', 'type'] as const,
    registers: [this.registry],
  });

  readonly duration = new Histogram({
    name: 'd4d_graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL request over HTTP to sending its response',
    labelNames: ['operation', 'type'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly errors = new Counter({
    name: 'd4d_graphql_errors_total',
    help: 'GraphQL errors in responses, by extensions.code',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  constructor(@InjectDataSource() dataSource: DataSource) {
    processMetrics();
    const pool = () => (dataSource.driver as unknown as { master?: PgPool }).master;
    const gauge = (name: string, help: string, read: (p: PgPool) => number) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          const p = pool();
          this.set(p ? read(p) : 0);
        },
      });
    gauge('d4d_db_pool_connections', 'Connections open in the database pool', (p) => p.totalCount);
    gauge(
      'd4d_db_pool_idle_connections',
      'Idle connections in the database pool',
      (p) => p.idleCount,
    );
    gauge(
      'd4d_db_pool_waiting_requests',
      'Queries waiting for a connection from the database pool',
      (p) => p.waitingCount,
    );
    gauge(
      'd4d_db_pool_max_connections',
      'Size limit of the database pool',
      (p) => p.options?.max ?? 0,
    );
    const sockets = () => this.openSockets;
    new Gauge({
      name: 'd4d_graphql_ws_connections',
      help: 'Open graphql-ws (subscription) WebSocket connections',
      registers: [this.registry],
      collect() {
        this.set(sockets());
      },
    });
  }

  /** The `operation` label for a caller-chosen name. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return ANONYMOUS;
    if (!OPERATION_NAME.test(name)) return OTHER;
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATION_NAMES) return OTHER;
    this.operations.add(name);
    return name;
  }

  /** The `code` label of an error. */
  codeLabel(code: unknown): string {
    if (typeof code !== 'string' || !ERROR_CODE.test(code)) return 'UNKNOWN';
    if (this.codes.has(code)) return code;
    if (this.codes.size >= MAX_ERROR_CODES) return 'UNKNOWN';
    this.codes.add(code);
    return code;
  }

  socketOpened(): void {
    this.openSockets += 1;
  }

  socketClosed(): void {
    this.openSockets = Math.max(0, this.openSockets - 1);
  }

  /** The exposition text: this application's metrics, then the process's. */
  async text(): Promise<string> {
    const [own, process] = await Promise.all([this.registry.metrics(), processMetrics().metrics()]);
    return `${own}\n${process}`;
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
