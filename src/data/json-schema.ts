/** The JSON Schema text generated from the zod schema (cross-record rules stay in the checker). */
import { z } from 'zod';
import { dataset } from './schema.ts';

export function jsonSchemaText(): string {
  const schema = z.toJSONSchema(dataset, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
  });
  const withTitle = {
    ...schema,
    title: 'MSMT transfers dataset',
    description:
      'North Korea ⇄ Russia transfers reported by the MSMT (29 May 2025) and competing estimates. Generated from src/data/schema.ts; run `npm run check:data` for the rules that span records.',
  };
  return `${JSON.stringify(withTitle, null, 2)}\n`;
}
