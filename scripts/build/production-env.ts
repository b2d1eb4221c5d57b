/**
 * Imported first by scripts/build.ts, before anything that loads React. The build's steps import
 * react-dom/server at module load (the share image step), which happened while NODE_ENV was unset,
 * so Node loaded React DOM's development build; `vite build` then set NODE_ENV=production and the
 * server bundle's react/jsx-runtime came from the production build. Development React DOM reads
 * the production elements' children arrays as unvalidated lists and logged a missing-"key" warning
 * for every such element (2,245 lines per build, when the charts used framer-motion's `m.g`). One mode
 * for the whole process: the build is always a production build.
 */
process.env.NODE_ENV = 'production';

export {};
