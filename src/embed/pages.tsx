import type { Dataset } from '../data/schema.ts';
import type { PageSpec } from '../pages/types.ts';

export function embedPages(_data: Dataset): PageSpec[] {
  return [];
}
