/**
 * @component Server-rendered content that the browser keeps as plain HTML and never hydrates.
 * On the server the children render normally. In the browser the child suspends forever, so React
 * leaves the prerendered HTML of the surrounding Suspense boundary in place instead of rebuilding
 * it: the static figures cost no script time, yet stay in the page for print and for readers
 * without JavaScript. Keep its props stable (memoise the parent): an update to a boundary that
 * is still dehydrated would make React client-render it, replacing the HTML with the (empty)
 * fallback. In a page rendered only in the browser (dev server, tests) nothing is shown.
 */
import { Suspense, use, type ReactNode } from 'react';

const never: Promise<never> = new Promise<never>(() => {});

let hydratingPrerenderedHtml = false;

/** Called by the client entry before hydrating a prerendered page. */
export function keepPrerenderedHtml(): void {
  hydratingPrerenderedHtml = true;
}

function SuspendInBrowser({ children }: { children: ReactNode }) {
  if (typeof window === 'undefined') return children;
  // Hydrating: suspend for good, so React keeps the server HTML. Rendering from scratch (dev
  // server, component tests): there is no server HTML to keep, so render nothing.
  if (hydratingPrerenderedHtml) use(never);
  return null;
}

export function ServerOnly({ children }: { children: ReactNode }) {
  return (
    <Suspense fallback={null}>
      <SuspendInBrowser>{children}</SuspendInBrowser>
    </Suspense>
  );
}
