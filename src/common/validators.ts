import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsString,
  IsUrl,
  Length,
  Matches,
  MaxLength,
  ValidateBy,
  ValidateIf,
  ValidationOptions,
  buildMessage,
  isEmail,
} from 'class-validator';

/**
 * Optional, but never null: GraphQL lets a client send `title: null`, which
 * must be refused (the column cannot be empty) rather than reach the database.
 */
export const Optional = () => ValidateIf((_, value) => value !== undefined);

/** Optional, and null means "clear it" (for nullable columns). */
export const OptionalNullable = () =>
  ValidateIf((_, value) => value !== undefined && value !== null);

/** A line of text: trimmed, not blank, at most `max` characters. */
export const Text = (field: string, max: number) =>
  applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)),
    IsString({ message: `${field} must be text` }),
    Matches(/\S/, { message: `${field} must not be blank` }),
    NoControlCharacters(field),
    MaxLength(max, { message: `${field} must be at most ${max} characters` }),
  );

/**
 * PostgreSQL text cannot hold NUL, and no one types the other C0 controls:
 * refuse them (tabs and line breaks stay allowed).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTERS = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F]*$/;
export const NoControlCharacters = (field: string, each = false) =>
  Matches(CONTROL_CHARACTERS, {
    each,
    message: `${field} must not contain control characters`,
  });

/** A list of reference codes (domains, principles, countries): checked against the tables by the service. */
export const Codes = (field: string, min: number, max: number, length = 40) =>
  applyDecorators(
    IsArray({ message: `${field} must be a list` }),
    ArrayMinSize(min, { message: `${field} needs at least ${min} code${min > 1 ? 's' : ''}` }),
    ArrayMaxSize(max, { message: `${field} takes at most ${max} codes` }),
    IsString({ each: true, message: `${field} must hold codes` }),
    Length(1, length, {
      each: true,
      message: `${field} holds codes of at most ${length} characters`,
    }),
  );

/**
 * A list of an enum's values (a filter's statuses): at most as many as the
 * enum has, since each is one bind parameter of the statement and PostgreSQL
 * takes no more than 65,535 of those.
 */
export const EnumList = (field: string, values: Record<string, string>) => {
  const max = Object.keys(values).length;
  return applyDecorators(
    IsArray({ message: `${field} must be a list` }),
    ArrayMaxSize(max, { message: `${field} takes at most ${max} values` }),
    IsEnum(values, { each: true, message: `${field} holds unknown values` }),
  );
};

export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 40;

/** Free tags: at most 20, each 1 to 40 characters, trimmed, duplicates dropped. */
export const Tags = () =>
  applyDecorators(
    Transform(({ value }) =>
      Array.isArray(value)
        ? [
            ...new Map(
              value
                .map((t) => (typeof t === 'string' ? t.trim() : t))
                .map((t) => [typeof t === 'string' ? t.toLowerCase() : t, t]),
            ).values(),
          ]
        : value,
    ),
    IsArray({ message: 'tags must be a list' }),
    ArrayMaxSize(MAX_TAGS, { message: `tags takes at most ${MAX_TAGS} tags` }),
    IsString({ each: true, message: 'tags must be text' }),
    Length(1, MAX_TAG_LENGTH, {
      each: true,
      message: `each tag must be 1 to ${MAX_TAG_LENGTH} characters`,
    }),
  );

/** A short code of a ministry or organisation: 2 to 20 uppercase letters, digits or dashes (MAEE). */
export const Acronym = (field = 'acronym') =>
  applyDecorators(
    IsString({ message: `${field} must be text` }),
    Matches(/^[A-Z0-9][A-Z0-9-]{1,19}$/, {
      message: `${field} must be 2 to 20 uppercase letters, digits or dashes`,
    }),
  );

/** A web address: http or https only (no `javascript:`), at most 300 characters. */
export const Website = (field = 'website') =>
  applyDecorators(
    IsUrl(
      { protocols: ['http', 'https'], require_protocol: true },
      { message: `${field} must be an http(s) URL` },
    ),
    MaxLength(300, { message: `${field} must be at most 300 characters` }),
  );

/** An ISO 3166-1 alpha-2 country code (existence checked by the service). */
export const CountryCode = (field: string) =>
  applyDecorators(
    IsString({ message: `${field} must be text` }),
    Matches(/^[A-Za-z]{2}$/, { message: `${field} must be a two-letter ISO 3166-1 code` }),
  );

// A UTF-16 surrogate without its other half: text that is not Unicode at all.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * An e-mail address. validator's isEmail throws (encodeURI) on a lone
 * surrogate instead of answering false, so those are refused first.
 */
export const Email = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isEmail',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && !LONE_SURROGATE.test(value) && isEmail(value),
        defaultMessage: buildMessage((each) => `${each}$property must be an email`),
      },
    },
    options,
  );
