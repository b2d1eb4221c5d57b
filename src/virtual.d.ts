declare module 'virtual:dataset' {
  import type { Dataset } from './data/schema.ts';
  const data: Dataset;
  export default data;
}

declare module 'virtual:dataset/client' {
  import type { Dataset } from './data/schema.ts';
  const data: Dataset;
  export default data;
}

declare module 'virtual:dataset/client/de' {
  import type { Dataset } from './data/schema.ts';
  const data: Dataset;
  export default data;
}

declare module 'virtual:dataset/client/en' {
  import type { Dataset } from './data/schema.ts';
  const data: Dataset;
  export default data;
}
