import { Text } from '../../common/validators';
import { Field, InputType } from '@nestjs/graphql';
import { IsString, Matches } from 'class-validator';

@InputType()
export class CreateMinistryInput {
  @Field()
  @Text('name', 200)
  name: string;

  @Field({ description: 'Short uppercase code, 2 to 20 letters, digits or dashes (MAEE).' })
  @IsString()
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,19}$/, {
    message: 'acronym must be 2 to 20 uppercase letters, digits or dashes',
  })
  acronym: string;
}
