import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '../users/users.module';
import { SessionsController } from './sessions.controller';
import { SessionsResolver } from './sessions.resolver';
import { SessionsService } from './sessions.service';
import { RefreshToken } from './entities/refresh-token.entity';
import { JwtAuthGuard } from '../auth/guards';
import { LoginGuard } from './login.guard';
import { JwtStrategy } from './jwt.strategy';
import { LiveSessions } from './live-sessions';
import { LocalStrategy } from './local.strategy';
import { SessionsRevokedListener } from './sessions-revoked.listener';

@Module({
  imports: [
    PassportModule,
    JwtModule.register({}),
    TypeOrmModule.forFeature([RefreshToken]),
    UsersModule,
  ],
  controllers: [SessionsController],
  providers: [
    SessionsService,
    SessionsResolver,
    JwtStrategy,
    LocalStrategy,
    LoginGuard,
    LiveSessions,
    SessionsRevokedListener,
    // Deny by default: every operation needs a token unless @Public().
    { provide: APP_GUARD, useClass: JwtAuthGuard },
  ],
  exports: [SessionsService],
})
export class SessionsModule {}
