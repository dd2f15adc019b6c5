import { ArgsType, Field, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { NoControlCharacters } from '../../common/validators';

export const MAX_MENTION_SEARCH = 40;
export const MAX_MENTIONABLE = 20;

/** What `Thread.mentionable` takes: the part of a name typed after `@`, and how many to offer. */
@ArgsType()
export class MentionableArgs {
  @Field(() => String, {
    description:
      'The start of a display name or of one of its words, accents and case aside; empty for anyone. Trimmed, at most 40 characters.',
  })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: 'search must be text' })
  @NoControlCharacters('search')
  @MaxLength(MAX_MENTION_SEARCH, {
    message: `search must be at most ${MAX_MENTION_SEARCH} characters`,
  })
  search: string;

  @Field(() => Int, { nullable: true, defaultValue: 8, description: 'How many, 1 to 20.' })
  @IsInt({ message: 'first must be a whole number' })
  @Min(1, { message: `first must be 1 to ${MAX_MENTIONABLE}` })
  @Max(MAX_MENTIONABLE, { message: `first must be 1 to ${MAX_MENTIONABLE}` })
  first = 8;
}
