import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { NewPassword, PASSWORD_RULE } from '../../users/dto/create-user.input';

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MaxLength(PASSWORD_RULE.max)
  currentPassword: string;

  @Field({ description: 'The same rules as for a new user: 10 to 200 characters.' })
  @NewPassword()
  newPassword: string;
}
