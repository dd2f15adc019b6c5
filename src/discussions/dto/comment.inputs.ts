import { Field, ID, InputType } from '@nestjs/graphql';
import { applyDecorators } from '@nestjs/common';
import { IsString, IsUUID, Length, Matches } from 'class-validator';
import { NoControlCharacters } from '../../common/validators';

export const MAX_COMMENT_LENGTH = 10_000;

/** Markdown as written: 1 to 10,000 characters, not blank; never trimmed or rewritten. */
const CommentBody = () =>
  applyDecorators(
    IsString({ message: 'body must be text' }),
    Length(1, MAX_COMMENT_LENGTH, {
      message: `body must be 1 to ${MAX_COMMENT_LENGTH} characters`,
    }),
    Matches(/\S/, { message: 'body must not be blank' }),
    NoControlCharacters('body'),
  );

@InputType()
export class PostCommentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'threadId must be a UUID' })
  threadId: string;

  @Field({ description: 'Markdown, 1 to 10,000 characters, stored as written.' })
  @CommentBody()
  body: string;
}

@InputType()
export class EditCommentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'commentId must be a UUID' })
  commentId: string;

  @Field({ description: 'The new Markdown, 1 to 10,000 characters.' })
  @CommentBody()
  body: string;
}
