import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';
import { Role } from '../../common/enums';
import { Optional, OptionalNullable, Text } from '../../common/validators';

/**
 * What an administrator changes of a person; a field left out stays as it
 * is. `createUser`'s rules hold for the result: staff belong to a ministry,
 * providers to an organisation, the working group to neither. A new role
 * drops the affiliation the role does not take, unless one is given.
 */
@InputType()
export class UpdateUserInput {
  @Field({ nullable: true })
  @Optional()
  @Text('displayName', 120)
  displayName?: string;

  @Field(() => Role, { nullable: true })
  @Optional()
  @IsEnum(Role, { message: 'role must be one of the Role values' })
  role?: Role;

  @Field(() => ID, { nullable: true, description: 'For MINISTRY_STAFF; null clears it.' })
  @OptionalNullable()
  @IsUUID('all', { message: 'ministryId must be a UUID' })
  ministryId?: string | null;

  @Field(() => ID, { nullable: true, description: 'For SOLUTION_PROVIDER; null clears it.' })
  @OptionalNullable()
  @IsUUID('all', { message: 'organizationId must be a UUID' })
  organizationId?: string | null;
}
