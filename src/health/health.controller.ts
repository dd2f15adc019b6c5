import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../common/decorators';

/**
 * `/health`: readiness, with the database pinged (503 while it is away);
 * `/health/live`: liveness, the process answers.
 */
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
  ) {}

  @Get()
  @HealthCheck()
  readiness() {
    return this.health.check([() => this.database.pingCheck('database', { timeout: 2000 })]);
  }

  @Get('live')
  liveness() {
    return { status: 'ok', uptimeSeconds: Math.round(process.uptime()) };
  }
}
