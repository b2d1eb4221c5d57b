/** `state` when it is one of a chart's state ids, otherwise the first (the chart's default). */
export function stateOrDefault<S extends string>(ids: readonly [S, ...S[]], state: string): S {
  return (ids as readonly string[]).includes(state) ? (state as S) : ids[0];
}
