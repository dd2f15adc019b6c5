import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_RULE } from '../../users/dto/create-user.input';

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MaxLength(PASSWORD_RULE.max)
  currentPassword: string;

  @Field({ description: 'The same rules as for a new user: 10 to 200 characters.' })
  @IsString()
  @MinLength(PASSWORD_RULE.min, {
    message: PASSWORD_RULE.message.replace('password', 'newPassword'),
  })
  @MaxLength(PASSWORD_RULE.max, {
    message: PASSWORD_RULE.message.replace('password', 'newPassword'),
  })
  newPassword: string;
}
