import { ValidationError, ValidationPipe } from '@nestjs/common';
import { BadInput } from './errors';

/** Flattens nested class-validator errors into `input.tags.0: message` pairs. */
function flatten(errors: ValidationError[], prefix = ''): [string, string][] {
  return errors.flatMap((e) => {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((m): [string, string] => [path, m]);
    return [...own, ...flatten(e.children ?? [], path)];
  });
}

/**
 * The global pipe: unknown properties are refused, values are transformed
 * to their classes, and a violation becomes BAD_USER_INPUT naming the field.
 */
export const validationPipe = new ValidationPipe({
  transform: true,
  whitelist: true,
  forbidNonWhitelisted: true,
  stopAtFirstError: false,
  exceptionFactory: (errors) => {
    const pairs = flatten(errors);
    const fields: Record<string, string[]> = {};
    for (const [field, message] of pairs) (fields[field] ??= []).push(message);
    const first = pairs[0]?.[0];
    // Once each: `first: null` fails Min and Max with the same sentence.
    const messages = [...new Set(pairs.map(([, m]) => m))];
    return new BadInput(messages.join('; ') || 'Invalid input.', first, { fields });
  },
});
