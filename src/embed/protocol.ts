/**
 * The embed message protocol, shared by the child (resize.ts) and the host script (embed-host/).
 * The child speaks three dialects at once so every parent understands it:
 *  - ours:  {type: "msmt-transfers:height", chart, height, v: 1}
 *  - pym.js: "pymxPYMx<childId>xPYMxheightxPYMx<n>" (only when pym gave us a childId)
 *  - AMP:   {sentinel: "amp", type: "embed-size", height}
 * Host → child: {type: "msmt-transfers:theme", theme} and pym's "…xPYMxwidthxPYMx<n>".
 * Pure: no DOM, so it is tested in Node and tree-shaken into the ≤ 1 KB host script.
 */
export const NAMESPACE = 'msmt-transfers';
export const HEIGHT_TYPE = `${NAMESPACE}:height`;
export const THEME_TYPE = `${NAMESPACE}:theme`;
export const PROTOCOL_VERSION = 1;

/** Heights outside this range are bugs or attacks, not charts. */
export const MIN_HEIGHT = 50;
export const MAX_HEIGHT = 5000;

export interface HeightMessage {
  type: typeof HEIGHT_TYPE;
  chart: string;
  height: number;
  v: typeof PROTOCOL_VERSION;
}

export interface AmpEmbedSize {
  sentinel: 'amp';
  type: 'embed-size';
  height: number;
}

export function heightMessage(chart: string, height: number): HeightMessage {
  return { type: HEIGHT_TYPE, chart, height, v: PROTOCOL_VERSION };
}

export function ampMessage(height: number): AmpEmbedSize {
  return { sentinel: 'amp', type: 'embed-size', height };
}

const PYM_SEP = 'xPYMx';

export function pymMessage(childId: string, type: string, payload: string | number): string {
  return ['pym', childId, type, String(payload)].join(PYM_SEP);
}

/** A pym message for `childId`, as {type, payload}; null for anything else. */
export function parsePymMessage(
  data: unknown,
  childId: string,
): { type: string; payload: string } | null {
  if (typeof data !== 'string') return null;
  const prefix = `pym${PYM_SEP}${childId}${PYM_SEP}`;
  if (!data.startsWith(prefix)) return null;
  const rest = data.slice(prefix.length);
  const at = rest.indexOf(PYM_SEP);
  if (at <= 0) return null;
  return { type: rest.slice(0, at), payload: rest.slice(at + PYM_SEP.length) };
}

export function clampHeight(height: number): number {
  return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));
}

function isRecord(data: unknown): data is Record<string, unknown> {
  return typeof data === 'object' && data !== null;
}

/**
 * The height a host should apply for a message, clamped; null when the message is not ours or
 * AMP's, or its height is not a positive finite number. (Source and origin are checked by the caller.)
 */
export function heightFromMessage(data: unknown): number | null {
  if (!isRecord(data)) return null;
  const ours = data.type === HEIGHT_TYPE && data.v === PROTOCOL_VERSION;
  const amp = data.sentinel === 'amp' && data.type === 'embed-size';
  if (!ours && !amp) return null;
  const height = data.height;
  // Zero or negative is never a chart's height (a collapsed or broken child): keep the last one.
  if (typeof height !== 'number' || !Number.isFinite(height) || height <= 0) return null;
  return clampHeight(height);
}

/** The theme a host asks for, or null when the message is anything else. */
export function themeFromMessage(data: unknown): 'auto' | 'light' | 'dark' | null {
  if (!isRecord(data) || data.type !== THEME_TYPE) return null;
  const theme = data.theme;
  return theme === 'auto' || theme === 'light' || theme === 'dark' ? theme : null;
}
