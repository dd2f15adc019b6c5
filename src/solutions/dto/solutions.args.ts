import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { ConnectionArgs } from '../../common/pagination';
import { OptionalNullable } from '../../common/validators';
import { SolutionFilter } from './solution.inputs';

@ArgsType()
export class SolutionsArgs extends ConnectionArgs {
  @Field(() => SolutionFilter, { nullable: true })
  @OptionalNullable()
  @ValidateNested()
  @Type(() => SolutionFilter)
  filter?: SolutionFilter | null;
}
