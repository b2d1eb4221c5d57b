/**
 * The dataset contract, written once: TypeScript types are inferred from it, the checker validates
 * with it, and data/transfers.schema.json is generated from it (scripts/generate-schema.ts).
 * Runs at build time and in tests only; readers' browsers receive data that was already validated.
 */
import { z } from 'zod';

const MAX_TEXT = 2000;

/** A human-written string: not empty, no stray spaces at either end, of sane length. */
const text = (max = MAX_TEXT) =>
  z
    .string()
    .min(1, { message: 'expected a non-empty string' })
    .max(max, { message: `expected at most ${max} characters` })
    .refine((s) => s.trim() === s, { message: 'expected no spaces at the start or end' });

export const localText = (max = MAX_TEXT) => z.strictObject({ de: text(max), en: text(max) });

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const id = z
  .string()
  .max(80, { message: 'expected an id of at most 80 characters' })
  .regex(idPattern, { message: 'expected a kebab-case id (a-z, 0-9, single hyphens)' });

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** ISO calendar date, YYYY-MM-DD, that exists. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected an ISO date YYYY-MM-DD' })
  .refine((s) => isRealDate(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))), {
    message: 'expected a date that exists in the calendar',
  });

/** ISO year-month, YYYY-MM. */
export const isoMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'expected an ISO year-month YYYY-MM' });

/** A date as precise as the source gives it: YYYY-MM or YYYY-MM-DD. */
export const isoMonthOrDate = z.union([isoDate, isoMonth], {
  message: 'expected an ISO date YYYY-MM-DD or year-month YYYY-MM',
});

const httpUrl = z
  .string()
  .max(600, { message: 'expected a url of at most 600 characters' })
  .refine(
    (s) => {
      try {
        const u = new URL(s);
        return u.protocol === 'http:' || u.protocol === 'https:';
      } catch {
        return false;
      }
    },
    { message: 'expected an http(s) url' },
  );

const count = z
  .number({ message: 'expected a number' })
  .refine(Number.isFinite, { message: 'expected a finite number' })
  .refine((n) => n >= 0, { message: 'expected a number ≥ 0' })
  .refine((n) => n <= 1e12, { message: 'expected a number ≤ 1,000,000,000,000' });

export const QUALIFIERS = [
  'exact',
  'about',
  'at-least',
  'over',
  'up-to',
  'up-to-about',
  'nearly',
  'range',
  'not-quantified',
] as const;
export const qualifier = z.enum(QUALIFIERS);

/**
 * How much, as precisely as the source says it. The qualifier decides which numbers must be there:
 * `range` needs low and high, `not-quantified` has no numbers, every other qualifier needs value.
 */
export const quantity = z
  .strictObject({
    qualifier,
    value: count.optional(),
    low: count.optional(),
    high: count.optional(),
    /** How the source words it when no number is given, e.g. "several dozen". */
    wording: localText(200).optional(),
  })
  .superRefine((q, ctx) => {
    const has = (k: 'value' | 'low' | 'high') => q[k] !== undefined;
    if (q.qualifier === 'range') {
      if (!has('low'))
        ctx.addIssue({
          code: 'custom',
          path: ['low'],
          message: 'expected a number (a range needs low and high), found nothing',
        });
      if (!has('high'))
        ctx.addIssue({
          code: 'custom',
          path: ['high'],
          message: 'expected a number (a range needs low and high), found nothing',
        });
      if (has('value'))
        ctx.addIssue({
          code: 'custom',
          path: ['value'],
          message: 'expected no value on a range (use low and high)',
        });
      if (q.low !== undefined && q.high !== undefined && q.low > q.high)
        ctx.addIssue({
          code: 'custom',
          path: ['low'],
          message: `expected a number ≤ high (${q.high}), found ${q.low}`,
        });
    } else if (q.qualifier === 'not-quantified') {
      for (const k of ['value', 'low', 'high'] as const)
        if (has(k))
          ctx.addIssue({
            code: 'custom',
            path: [k],
            message: `expected no ${k} when qualifier is "not-quantified"`,
          });
    } else {
      if (!has('value'))
        ctx.addIssue({
          code: 'custom',
          path: ['value'],
          message: `expected a number when qualifier is "${q.qualifier}", found nothing`,
        });
      for (const k of ['low', 'high'] as const)
        if (has(k))
          ctx.addIssue({
            code: 'custom',
            path: [k],
            message: `expected no ${k} unless qualifier is "range"`,
          });
    }
  });

export const DIRECTIONS = ['dprk-to-russia', 'russia-to-dprk'] as const;
export const direction = z.enum(DIRECTIONS);

export const CATEGORIES = [
  'troops',
  'ballistic-missiles',
  'artillery-ammunition',
  'munitions-shipments',
  'artillery-systems',
  'anti-tank-weapons',
  'air-transport',
  'workers',
  'air-defence',
  'electronic-warfare',
  'missile-technology',
  'refined-oil',
  'training',
  'finance',
] as const;
export const category = z.enum(CATEGORIES);

export const UNITS = [
  'soldiers',
  'personnel',
  'missiles',
  'rounds',
  'containers',
  'voyages',
  'systems',
  'pieces',
  'barrels',
  'barrels-per-year',
  'workers',
  'flights',
  'killed',
  'wounded',
  'casualties',
] as const;
export const unit = z.enum(UNITS);

export const CONFIDENCE = ['high', 'medium', 'low'] as const;
export const confidence = z.enum(CONFIDENCE);

/**
 * The months a figure covers. No `end` means the source gives only a start ("since September
 * 2023"): a publication month is not a period end, so it is never filled in to close the period.
 */
export const period = z
  .strictObject({
    start: isoMonth,
    end: isoMonth.optional(),
    /**
     * How the source words the period when it names no months ("2024", "Anfang 2025" / "early
     * 2025"): printed instead of the months, which then only place the figure on a time axis.
     */
    wording: localText(80).optional(),
  })
  .refine((p) => p.end === undefined || p.start <= p.end, {
    path: ['end'],
    message: 'expected an end on or after start',
  });

const sourceIds = z.array(id).min(1, { message: 'expected at least one source id' }).max(20);

export const source = z.strictObject({
  id,
  publisher: text(200),
  title: text(400),
  /** The article itself (not a homepage), so a reader can check the claim. */
  url: httpUrl,
  date: isoMonthOrDate,
  accessed: isoDate.optional(),
  /** The outlet that carried a syndicated copy, when the url is not the publisher's own. */
  via: text(200).optional(),
});

export const transfer = z.strictObject({
  id,
  direction,
  category,
  label: localText(200),
  quantity,
  unit: unit.optional(),
  period: period.optional(),
  /** For figures announced rather than observed, e.g. the engineers announced after the report. */
  announced: isoDate.optional(),
  /** True when the MSMT report itself gives this item; false for context from other sources. */
  inReport: z.boolean(),
  sources: sourceIds,
  note: localText().optional(),
  confidence,
  confidenceNote: localText().optional(),
});

/** A figure the sources give as a sum: computed from its parts, never stored. */
export const total = z.strictObject({
  id,
  label: localText(200),
  parts: z.array(id).min(2, { message: 'expected at least two part ids' }).max(20),
  note: localText().optional(),
});

export const TOPICS = [
  'troops',
  'artillery-ammunition',
  'munitions-containers',
  'ballistic-missiles',
  'artillery-systems',
  'casualties',
  'refined-oil',
] as const;
export const topic = z.enum(TOPICS);

/** `count`: the estimator counted; `conversion`: derived from capacity assumptions (containers → shells). */
export const BASES = ['count', 'conversion'] as const;

/**
 * Where an estimate comes from, so chart texts can name the estimators from the data ("counts from
 * Ukraine and the US") instead of typing them: a government by country, the UN, independent
 * researchers and media, or the MSMT itself.
 */
export const ORIGINS = [
  'msmt',
  'south-korea',
  'united-states',
  'ukraine',
  'united-kingdom',
  'russia',
  'north-korea',
  'united-nations',
  'independent',
] as const;

export const estimate = z.strictObject({
  id,
  topic,
  /** Who estimated, e.g. "NIS (Südkorea)" / "NIS (South Korea)". */
  estimator: localText(200),
  origin: z.enum(ORIGINS),
  label: localText(300),
  quantity,
  unit,
  /** When the estimate was made public. */
  date: isoMonthOrDate,
  /** What the figure covers, when the source says. */
  period: period.optional(),
  basis: z.enum(BASES),
  /** Estimates given together as parts of one statement (e.g. 50 SPGs + 20 MRLs) share a group. */
  group: id.optional(),
  /** True for MSMT's own figure when restated as an estimate for comparison. */
  msmt: z.boolean(),
  sources: sourceIds,
  note: localText().optional(),
  confidence,
});

export const PLACE_COUNTRIES = ['KP', 'RU', 'UA'] as const;

export const place = z.strictObject({
  id,
  name: localText(120),
  country: z.enum(PLACE_COUNTRIES),
  lat: z
    .number()
    .min(-90, { message: 'expected a latitude ≥ -90' })
    .max(90, { message: 'expected a latitude ≤ 90' }),
  lon: z
    .number()
    .min(-180, { message: 'expected a longitude ≥ -180' })
    .max(180, { message: 'expected a longitude ≤ 180' }),
  /**
   * True where the position really is uncertain (a port, a border station, a site with no gazetteer
   * record): drawn as approximate. A false one cites its gazetteer record (tests check the match).
   */
  approximate: z.boolean(),
  role: localText(),
  sources: sourceIds,
});

export const ROUTE_MODES = ['sea', 'rail', 'air', 'road'] as const;

export const route = z.strictObject({
  id,
  mode: z.enum(ROUTE_MODES),
  direction,
  /** Place ids in travel order: at least a start and an end. */
  stops: z.array(id).min(2, { message: 'expected at least two place ids' }).max(12),
  label: localText(200),
  carries: localText(),
  sources: sourceIds,
  confidence,
});

/** `update`: new or newer figures; `correction`: something published was wrong and is now right. */
export const CHANGE_KINDS = ['update', 'correction'] as const;

/** One corrected error, as a newspaper prints it: what was wrong, what is right, which records. */
export const correction = z.strictObject({
  /** Ids of records (transfers, totals, estimates, places, routes, sources) the correction changed. */
  records: z.array(id).max(50),
  /** Ids the correction removed from the dataset (a claim that rested on a source without a link). */
  removed: z.array(id).max(50).optional(),
  /** Charts whose own words (a subtitle, a note) the correction changed, for the notice on their embeds. */
  charts: z.array(id).max(10).optional(),
  wrong: localText(600),
  right: localText(600),
});

export const changelogEntry = z
  .strictObject({
    version: z.number().int({ message: 'expected a whole number' }).min(1),
    date: isoDate,
    kind: z.enum(CHANGE_KINDS),
    de: text(),
    en: text(),
    /** Required for a correction, absent for an update. */
    corrections: z.array(correction).min(1).max(100).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.kind === 'correction' && !c.corrections)
      ctx.addIssue({
        code: 'custom',
        path: ['corrections'],
        message:
          'expected a list of corrections (what was wrong, what is right) for kind "correction"',
      });
    if (c.kind === 'update' && c.corrections)
      ctx.addIssue({
        code: 'custom',
        path: ['corrections'],
        message: 'expected no corrections on kind "update" (use kind "correction")',
      });
  });

export const meta = z.strictObject({
  title: localText(200),
  description: localText(600),
  updated: isoDate,
  version: z
    .number()
    .int({ message: 'expected a whole number' })
    .min(1, { message: 'expected a version ≥ 1' }),
  changelog: z.array(changelogEntry).max(500),
  /** The report the dataset is about. */
  report: z.strictObject({
    title: text(300),
    publisher: text(200),
    date: isoDate,
    sources: sourceIds,
  }),
});

const collectionMax = 500;

const baseDataset = z.strictObject({
  $schema: z.literal('./transfers.schema.json', { message: 'expected "./transfers.schema.json"' }),
  meta,
  sources: z.array(source).min(1).max(collectionMax),
  transfers: z.array(transfer).min(1).max(collectionMax),
  totals: z.array(total).max(collectionMax),
  estimates: z.array(estimate).max(collectionMax),
  places: z.array(place).max(collectionMax),
  routes: z.array(route).max(collectionMax),
});

type BaseDataset = z.infer<typeof baseDataset>;

/**
 * Transfers the product relies on by id (charts, prose, embeds, outside users). The checker
 * refuses a dataset file without one rather than let a chart break on the page; the schema itself
 * stays about shape, so small test fixtures need not carry them.
 */
export const REQUIRED_TRANSFER_IDS = [
  'troops-phase-1',
  'troops-phase-2',
  'artillery-ammunition',
  'ballistic-missiles',
  'artillery-systems',
  'air-defence',
  'electronic-warfare',
  'refined-oil',
  'ammunition-voyages',
  'munitions-containers',
] as const;

/** Totals the charts draw by id. */
export const REQUIRED_TOTAL_IDS = ['troops-total', 'troops-phase-3'] as const;

type Issue = { path: (string | number)[]; message: string };

type RecordKey = 'sources' | 'transfers' | 'totals' | 'estimates' | 'places' | 'routes';

/** Each kind of record's ids, with the index each first stands at. */
type IdIndex = Record<RecordKey, Map<string, number>>;

/** Ids unique within each kind of record, and no total named like a transfer. */
function checkIds(d: BaseDataset, issues: Issue[]): IdIndex {
  const uniqueIds = (key: RecordKey) => {
    const seen = new Map<string, number>();
    d[key].forEach((item, i) => {
      const first = seen.get(item.id);
      if (first !== undefined)
        issues.push({
          path: [key, i, 'id'],
          message: `expected a unique id, found "${item.id}" again (first at ${key}[${first}])`,
        });
      else seen.set(item.id, i);
    });
    return seen;
  };
  const sources = uniqueIds('sources');
  const transfers = uniqueIds('transfers');
  const totals = uniqueIds('totals');
  const places = uniqueIds('places');
  const routes = uniqueIds('routes');
  const estimates = uniqueIds('estimates');
  for (const [tid] of totals)
    if (transfers.has(tid)) {
      const i = d.totals.findIndex((t) => t.id === tid);
      issues.push({
        path: ['totals', i, 'id'],
        message: `expected an id not used by a transfer, found "${tid}"`,
      });
    }
  return { sources, transfers, totals, estimates, places, routes };
}

/** Sources and stops that resolve; MSMT figures marked as such; no report month as a period end. */
function checkReferences(d: BaseDataset, ids: IdIndex, issues: Issue[]): void {
  const checkSources = (list: string[], path: (string | number)[]) =>
    list.forEach((sid, j) => {
      if (!ids.sources.has(sid))
        issues.push({
          path: [...path, j],
          message: `expected the id of an entry in sources, found "${sid}"`,
        });
    });
  checkSources(d.meta.report.sources, ['meta', 'report', 'sources']);
  const reportMonth = d.meta.report.date.slice(0, 7);
  d.transfers.forEach((t, i) => {
    checkSources(t.sources, ['transfers', i, 'sources']);
    if (t.inReport && t.period?.end === reportMonth)
      issues.push({
        path: ['transfers', i, 'period', 'end'],
        message: `expected no end, found the report's publication month (${reportMonth}): a report gives figures up to its writing, not a period end; leave end out for "since …"`,
      });
  });
  d.estimates.forEach((e, i) => {
    checkSources(e.sources, ['estimates', i, 'sources']);
    if (e.msmt !== (e.origin === 'msmt'))
      issues.push({
        path: ['estimates', i, 'origin'],
        message: e.msmt
          ? `expected origin "msmt" for an MSMT figure (msmt: true), found "${e.origin}"`
          : 'expected msmt: true for origin "msmt"',
      });
  });
  d.places.forEach((p, i) => checkSources(p.sources, ['places', i, 'sources']));
  d.routes.forEach((r, i) => {
    checkSources(r.sources, ['routes', i, 'sources']);
    r.stops.forEach((pid, j) => {
      if (!ids.places.has(pid))
        issues.push({
          path: ['routes', i, 'stops', j],
          message: `expected the id of an entry in places, found "${pid}"`,
        });
    });
  });
}

/** A total's parts: transfers that exist, have a number, and share one unit. */
function checkTotals(d: BaseDataset, issues: Issue[]): void {
  d.totals.forEach((t, i) => {
    const units = new Set<string | undefined>();
    t.parts.forEach((pid, j) => {
      const part = d.transfers.find((x) => x.id === pid);
      if (!part)
        issues.push({
          path: ['totals', i, 'parts', j],
          message: `expected the id of an entry in transfers, found "${pid}"`,
        });
      else {
        units.add(part.unit);
        if (part.quantity.qualifier === 'not-quantified')
          issues.push({
            path: ['totals', i, 'parts', j],
            message: `expected a quantified part, found "${pid}" (not quantified)`,
          });
      }
    });
    if (units.size > 1)
      issues.push({
        path: ['totals', i, 'parts'],
        message: `expected parts in one unit, found ${[...units].join(', ')}`,
      });
  });
}

/** Changelog entries: versions once and not past the dataset's, dates not after its update, corrections naming records that exist. */
function checkChangelog(d: BaseDataset, recordIds: ReadonlySet<string>, issues: Issue[]): void {
  const versions = d.meta.changelog.map((c) => c.version);
  d.meta.changelog.forEach((c, i) => {
    if (c.version > d.meta.version)
      issues.push({
        path: ['meta', 'changelog', i, 'version'],
        message: `expected a version ≤ meta.version (${d.meta.version}), found ${c.version}`,
      });
    if (versions.indexOf(c.version) !== i)
      issues.push({
        path: ['meta', 'changelog', i, 'version'],
        message: `expected each version once, found ${c.version} again`,
      });
    if (c.date > d.meta.updated)
      issues.push({
        path: ['meta', 'changelog', i, 'date'],
        message: `expected a date on or before meta.updated (${d.meta.updated}), found ${c.date}`,
      });
    c.corrections?.forEach((fix, j) =>
      fix.records.forEach((rid, k) => {
        if (!recordIds.has(rid))
          issues.push({
            path: ['meta', 'changelog', i, 'corrections', j, 'records', k],
            message: `expected the id of a record in the dataset (removed ones go in "removed"), found "${rid}"`,
          });
      }),
    );
  });
}

/** Rules across records: unique ids, references that resolve, totals over compatible parts. */
export function crossCheck(d: BaseDataset): Issue[] {
  const issues: Issue[] = [];
  const ids = checkIds(d, issues);
  checkReferences(d, ids, issues);
  checkTotals(d, issues);
  const recordIds = new Set(Object.values(ids).flatMap((m) => [...m.keys()]));
  checkChangelog(d, recordIds, issues);
  return issues;
}

export const dataset = baseDataset.superRefine((d, ctx) => {
  for (const issue of crossCheck(d))
    ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});

export type Dataset = z.infer<typeof dataset>;
export type Transfer = Dataset['transfers'][number];
export type Estimate = Dataset['estimates'][number];
export type Total = Dataset['totals'][number];
export type Source = Dataset['sources'][number];
export type Place = Dataset['places'][number];
export type Route = Dataset['routes'][number];
export type Quantity = z.infer<typeof quantity>;
export type Period = z.infer<typeof period>;
export type ChangelogEntry = z.infer<typeof changelogEntry>;
export type Correction = z.infer<typeof correction>;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
export type Qualifier = (typeof QUALIFIERS)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type Category = (typeof CATEGORIES)[number];
export type Unit = (typeof UNITS)[number];
export type Topic = (typeof TOPICS)[number];
export type Origin = (typeof ORIGINS)[number];
export type LocalText = { de: string; en: string };
