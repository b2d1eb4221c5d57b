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

/** The URL of the client dataset in one language as a JSON file (scripts/vite/dataset-plugin.ts). */
declare module 'virtual:dataset/client-json/de' {
  const url: string;
  export default url;
}

declare module 'virtual:dataset/client-json/en' {
  const url: string;
  export default url;
}
