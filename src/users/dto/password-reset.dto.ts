import { ArgsType, Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { Email } from '../../common/validators';
import { NewPassword } from './create-user.input';

@ObjectType({
  description:
    'A one-time link that sets a new password: valid 24 hours, spent by its first use. Hand it to the person yourself; it is shown once.',
})
export class PasswordResetLink {
  @Field()
  url: string;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;
}

@ArgsType()
export class RequestPasswordResetArgs {
  @Field()
  @Email({ message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;
}

@ArgsType()
export class ResetPasswordArgs {
  @Field({ description: 'The token of the reset link (its `token` parameter).' })
  @IsString()
  @MaxLength(200)
  token: string;

  @Field({ description: 'The same rules as for a new user: 10 to 200 characters.' })
  @NewPassword()
  newPassword: string;
}
