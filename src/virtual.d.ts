declare module 'virtual:dataset' {
  import type { Dataset } from './data/schema.ts';
  const data: Dataset;
  export default data;
}
