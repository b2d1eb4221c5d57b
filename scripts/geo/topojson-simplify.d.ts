// topojson-simplify ships no types (and @types/topojson-simplify is not installed): the three
// functions the geo build step uses, typed loosely on purpose.
declare module 'topojson-simplify' {
  import type { Topology } from 'topojson-specification';
  export function presimplify<T extends Topology>(
    topology: T,
    weight?: (triangle: [number, number][]) => number,
  ): T;
  export function simplify<T extends Topology>(topology: T, minWeight?: number): T;
  export function sphericalTriangleArea(triangle: [number, number][]): number;
}
