// Content files are parsed and checked at build time by scripts/vite/story-plugin.ts.
declare module '*.aml' {
  const content: import('./content.ts').StoryContent;
  export default content;
}
