import { Acronym, Text, Website } from '../../common/validators';
import { Field, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';

@InputType()
export class CreateMinistryInput {
  @Field()
  @Text('name', 200)
  name: string;

  @Field({ description: 'Short uppercase code, 2 to 20 letters, digits or dashes (MAEE).' })
  @Acronym()
  acronym: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Website()
  website?: string | null;
}
