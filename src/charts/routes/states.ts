/**
 * The map's states and which routes each is about. Apart from layout.ts so the chart's meta (in
 * every page's shared code) does not pull in d3-geo, which only the drawing needs.
 */
import type { Route } from '../../data/schema.ts';
import { stateOrDefault } from '../shared/state-ids.ts';

export const ROUTE_STATES = ['sea', 'rail', 'air', 'oil', 'front'] as const;
export type RouteState = (typeof ROUTE_STATES)[number];

export function resolveRouteState(state: string): RouteState {
  return stateOrDefault(ROUTE_STATES, state);
}

/** Which routes a state is about. */
export function isHighlighted(route: Route, state: RouteState): boolean {
  switch (state) {
    case 'sea':
      return route.mode === 'sea' && route.direction === 'dprk-to-russia';
    case 'rail':
      return route.mode === 'rail';
    case 'air':
      return route.mode === 'air';
    case 'oil':
      return route.direction === 'russia-to-dprk';
    case 'front':
      return route.direction === 'dprk-to-russia';
  }
}
