/** Where a hover/focus callout goes: beside its anchor, flipped and clamped to stay inside the chart. */
import type { Box } from './labels.ts';

export function placeCallout(
  anchor: { x: number; y: number },
  size: { width: number; height: number },
  bounds: { width: number; height: number },
  offset = 8,
): Box {
  const width = Math.min(size.width, bounds.width);
  let x = anchor.x + offset;
  if (x + width > bounds.width) x = anchor.x - offset - width;
  x = Math.max(0, Math.min(x, bounds.width - width));
  let y = anchor.y - size.height - offset;
  if (y < 0) y = anchor.y + offset;
  y = Math.max(0, Math.min(y, bounds.height - size.height));
  return { x, y, width, height: size.height };
}
