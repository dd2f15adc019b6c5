import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { ConnectionArgs } from '../../common/pagination';
import { OptionalNullable } from '../../common/validators';
import { NeedFilter } from './need.inputs';

@ArgsType()
export class NeedsArgs extends ConnectionArgs {
  @Field(() => NeedFilter, { nullable: true })
  @OptionalNullable()
  @ValidateNested()
  @Type(() => NeedFilter)
  filter?: NeedFilter | null;
}
