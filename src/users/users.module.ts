import { Module } from '@nestjs/common';
import { MinistriesModule } from '../ministries/ministries.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { UsersLoader } from './users.loader';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

@Module({
  imports: [MinistriesModule, OrganizationsModule],
  providers: [UsersService, UsersResolver, UsersLoader],
  exports: [UsersService, UsersLoader],
})
export class UsersModule {}
