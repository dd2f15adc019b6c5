import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { UsersModule } from '../users/users.module';
import { SolutionsResolver } from './solutions.resolver';
import { SolutionsService } from './solutions.service';

@Module({
  imports: [OrganizationsModule, UsersModule],
  providers: [SolutionsService, SolutionsResolver],
  exports: [SolutionsService],
})
export class SolutionsModule {}
