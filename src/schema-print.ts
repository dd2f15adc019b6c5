import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { RESOLVERS } from './resolvers';

/**
 * Writes the schema the resolvers define to src/schema.gql (committed, so
 * that clients and the contract check read it without a running server).
 * A test fails when the committed file differs from the code.
 */
export async function buildSchemaText(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const schema = await app.get(GraphQLSchemaFactory).create(RESOLVERS);
  await app.close();
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

if (require.main === module) {
  void buildSchemaText().then((text) => {
    writeFileSync(join(__dirname, '..', 'src', 'schema.gql'), text);
    console.log('src/schema.gql written');
  });
}
