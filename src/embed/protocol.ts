/**
 * The embed message protocol, shared by the child (resize.ts) and the host script (embed-host/).
 * The child speaks three dialects at once so every parent understands it:
 *  - ours:  {type: "msmt-transfers:height", chart, height, v: 1}
 *  - pym.js: "pymxPYMx<childId>xPYMxheightxPYMx<n>" (only when pym gave us a childId)
 *  - AMP:   {sentinel: "amp", type: "embed-size", height}
 * Host → child, each answered with the height at once:
 *  - ours:  {type: "msmt-transfers:host", v: 1, width, theme?, scheme?}, sent by embed.js when the
 *           iframe's width changes and when it comes near the viewport
 *  - pym.js: "pymxPYMx<childId>xPYMxwidthxPYMx<n>", sent by pym.Parent on every window resize
 *  - older embed.js: {type: "msmt-transfers:theme", theme}
 * Pure: no DOM, so it is tested in Node and tree-shaken into the ≤ 1 KB host script.
 */
import { isEmbedTheme, type EmbedTheme } from './params.ts';

// Plain literals (not built from a prefix), so the host script's bundle drops the unused ones.
export const HEIGHT_TYPE = 'msmt-transfers:height';
export const THEME_TYPE = 'msmt-transfers:theme';
export const HOST_TYPE = 'msmt-transfers:host';
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
  // Property reads are safe on any value but null and undefined (kept short: embed.js uses this).
  const d = data as Partial<Record<string, unknown>> | null | undefined;
  const ours = d?.type === HEIGHT_TYPE && d.v === PROTOCOL_VERSION;
  const amp = d?.sentinel === 'amp' && d.type === 'embed-size';
  const height = (ours || amp) && d?.height;
  // Zero or negative is never a chart's height (a collapsed or broken child): keep the last one.
  // (Number.isFinite is false for anything that is not a number.)
  return Number.isFinite(height) && (height as number) > 0 ? clampHeight(height as number) : null;
}

/** The theme an older embed.js asks for, or null when the message is anything else. */
export function themeFromMessage(data: unknown): EmbedTheme | null {
  if (!isRecord(data) || data.type !== THEME_TYPE) return null;
  return isEmbedTheme(data.theme) ? data.theme : null;
}

/** The colour scheme a host page declares or shows. */
export type HostScheme = 'light' | 'dark';

/** Widths a host reports outside (0, MAX_HINT_WIDTH] px are not a column: no width hint. */
export const MAX_HINT_WIDTH = 10_000;

export interface HostMessage {
  type: typeof HOST_TYPE;
  v: typeof PROTOCOL_VERSION;
  /** The iframe's width in the host, px: what the child's viewport is about to be. */
  width: number;
  /** The host's explicit choice (`msmtTransfersEmbed.setTheme`): wins over everything. */
  theme?: EmbedTheme;
  /** What the host page looks like (embed.js's reading of it): used unless the URL pins a theme. */
  scheme?: HostScheme;
}

export function hostMessage(width: number, theme?: EmbedTheme, scheme?: HostScheme): HostMessage {
  return { type: HOST_TYPE, v: PROTOCOL_VERSION, width, theme, scheme };
}

/** A host's request, validated: null fields for anything missing, absurd or unknown. */
export interface HostRequest {
  width: number | null;
  theme: EmbedTheme | null;
  scheme: HostScheme | null;
}

/** A width hint the child can compare with its own viewport, or null. */
export function widthHint(value: unknown): number | null {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 && n <= MAX_HINT_WIDTH ? n : null;
}

/** The host's request (ours, or an older embed.js's theme message); null for anything else. */
export function parseHostMessage(data: unknown): HostRequest | null {
  if (!isRecord(data)) return null;
  if (data.type === THEME_TYPE) {
    const theme = themeFromMessage(data);
    return theme ? { width: null, theme, scheme: null } : null;
  }
  if (data.type !== HOST_TYPE || data.v !== PROTOCOL_VERSION) return null;
  return {
    width: widthHint(data.width),
    theme: isEmbedTheme(data.theme) ? data.theme : null,
    scheme: data.scheme === 'light' || data.scheme === 'dark' ? data.scheme : null,
  };
}
