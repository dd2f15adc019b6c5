import { Module } from '@nestjs/common';
import { MinistriesModule } from '../ministries/ministries.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PasswordResetsResolver } from './password-resets.resolver';
import { PasswordResetsService } from './password-resets.service';
import { UsersLoader } from './users.loader';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

@Module({
  imports: [MinistriesModule, OrganizationsModule],
  providers: [
    UsersService,
    UsersResolver,
    UsersLoader,
    PasswordResetsService,
    PasswordResetsResolver,
  ],
  exports: [UsersService, UsersLoader],
})
export class UsersModule {}
