/**
 * False on the server and during hydration, true afterwards: lets a component render exactly the
 * prerendered markup first (no hydration mismatch) and its client-only variant right after.
 */
import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
