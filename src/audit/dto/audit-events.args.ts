import { ArgsType, Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDate, IsUUID, Matches, ValidateNested } from 'class-validator';
import { ConnectionArgs } from '../../common/pagination';
import { Optional, OptionalNullable } from '../../common/validators';

const MAX_OPERATIONS = 50;

@InputType()
export class AuditEventFilter {
  @Field(() => ID, { nullable: true, description: 'The record changed.' })
  @Optional()
  @IsUUID('all', { message: 'entityId must be a UUID' })
  entityId?: string;

  @Field(() => ID, { nullable: true, description: 'Who changed it.' })
  @Optional()
  @IsUUID('all', { message: 'actorId must be a UUID' })
  actorId?: string;

  @Field(() => [String], {
    nullable: true,
    description:
      'Only changes made by these operations (createNeed, decideMatch...): a feed of the work, without the housekeeping (markNotificationsRead, updateMyProfile).',
  })
  @OptionalNullable()
  @IsArray({ message: 'operations must be a list' })
  @ArrayMaxSize(MAX_OPERATIONS, { message: `operations takes at most ${MAX_OPERATIONS} names` })
  @Matches(/^[A-Za-z]{1,60}$/, { each: true, message: 'operations holds operation names' })
  operations?: string[] | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'At or after this time.' })
  @Optional()
  @Type(() => Date)
  @IsDate({ message: 'from must be a date and time' })
  from?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'At or before this time.' })
  @Optional()
  @Type(() => Date)
  @IsDate({ message: 'to must be a date and time' })
  to?: Date;
}

@ArgsType()
export class AuditEventsArgs extends ConnectionArgs {
  @Field(() => AuditEventFilter, { nullable: true })
  @OptionalNullable()
  @ValidateNested()
  @Type(() => AuditEventFilter)
  filter?: AuditEventFilter | null;
}
