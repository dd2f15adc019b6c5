import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { Email } from '../../common/validators';
import { User } from '../../users/entities/user.entity';

@InputType()
export class LoginInput {
  @Field()
  @Email()
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @MaxLength(200)
  password: string;
}

@ObjectType()
export class AuthPayload {
  @Field({ description: 'A JWT for the Authorization: Bearer header; short-lived.' })
  accessToken: string;

  @Field({ description: 'Exchange it with refreshSession for a new pair; each one works once.' })
  refreshToken: string;

  @Field(() => User)
  user: User;
}
