import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { ConnectionArgs } from '../../common/pagination';
import { Optional } from '../../common/validators';
import { SolutionFilter } from './solution.inputs';

@ArgsType()
export class SolutionsArgs extends ConnectionArgs {
  @Field(() => SolutionFilter, { nullable: true })
  @Optional()
  @ValidateNested()
  @Type(() => SolutionFilter)
  filter?: SolutionFilter;
}
