import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Role } from '../../common/enums';
import { ConnectionArgs } from '../../common/pagination';
import { NoControlCharacters, OptionalNullable } from '../../common/validators';

@InputType()
export class UserFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Part of the name (accents and case ignored) or of the e-mail address.',
  })
  @OptionalNullable()
  @IsString({ message: 'search must be text' })
  @MaxLength(200, { message: 'search must be at most 200 characters' })
  @NoControlCharacters('search')
  search?: string | null;

  @Field(() => Role, { nullable: true })
  @OptionalNullable()
  @IsEnum(Role, { message: 'role must be one of the Role values' })
  role?: Role | null;

  @Field(() => ID, { nullable: true })
  @OptionalNullable()
  @IsUUID('all', { message: 'ministryId must be a UUID' })
  ministryId?: string | null;

  @Field(() => ID, { nullable: true })
  @OptionalNullable()
  @IsUUID('all', { message: 'organizationId must be a UUID' })
  organizationId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: active only; false: deactivated.' })
  @OptionalNullable()
  @IsBoolean({ message: 'active must be true or false' })
  active?: boolean | null;
}

@ArgsType()
export class UsersArgs extends ConnectionArgs {
  @Field(() => UserFilter, { nullable: true })
  @OptionalNullable()
  @ValidateNested()
  @Type(() => UserFilter)
  filter?: UserFilter | null;
}
