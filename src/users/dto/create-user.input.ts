import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Role } from '../../common/enums';
import { Email, Text } from '../../common/validators';

export const PASSWORD_RULE = {
  min: 10,
  max: 200,
  message: 'password must be 10 to 200 characters long',
};

/** A password being set (changePassword, resetPassword): PASSWORD_RULE, the message naming the field. */
export const NewPassword = (field = 'newPassword') => {
  const message = PASSWORD_RULE.message.replace('password', field);
  return applyDecorators(
    IsString(),
    MinLength(PASSWORD_RULE.min, { message }),
    MaxLength(PASSWORD_RULE.max, { message }),
  );
};

@InputType()
export class CreateUserInput {
  @Field()
  @Email({ message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @Field()
  @Text('displayName', 120)
  displayName: string;

  @Field()
  @IsString()
  @MinLength(PASSWORD_RULE.min, { message: PASSWORD_RULE.message })
  @MaxLength(PASSWORD_RULE.max, { message: PASSWORD_RULE.message })
  password: string;

  @Field(() => Role)
  @IsEnum(Role)
  role: Role;

  @Field(() => ID, { nullable: true, description: 'Required for MINISTRY_STAFF.' })
  @IsOptional()
  @IsUUID('all', { message: 'ministryId must be a UUID' })
  ministryId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Required for SOLUTION_PROVIDER.' })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be a UUID' })
  organizationId?: string | null;
}
