// archieml ships no types and is CommonJS (default export only); this is what the build uses.
declare module 'archieml' {
  const archieml: {
    load(text: string, options?: { comments?: boolean }): Record<string, unknown>;
  };
  export default archieml;
}
