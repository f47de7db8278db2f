/**
 * The outlet of a text scrape chosen among the names its sources give (text-metadata.ts gathers them: the site naming
 * itself, a staff credit, the <title>'s suffix, the copyright owner, a menu item, a domain, a wire dateline) by a
 * listwise model fitted on the fit pages (`npm run eval:fit-outlet`, weights in outlet-weights.json with their
 * cross-validated count inside), with "no outlet" as one more candidate: a wrong outlet in a citation misinforms, so the
 * model may abstain. Open Graph's og:site_name ("If your object is part of a larger web site, the name which should be
 * displayed for the overall site", ogp.me) and schema.org's publisher are what the name is: the site's own, which its
 * furniture prints again and again and its domain spells; a parent company is the copyright holder, not the site.
 */
import escapeStringRegexp from 'escape-string-regexp';
import { checkedLinear, checkedVersion, linearScore, type LinearModel, type WeightsFile } from '../../models/linear-model.js';
import { CORPORATE, spellsLabel, nameLabel } from './site-name.js';

/** Where a candidate name was read. */
const OUTLET_SOURCES = ['self', 'staff', 'title', 'owner', 'menu', 'domain', 'agency'] as const;
export type OutletSource = (typeof OUTLET_SOURCES)[number];

/** The features the model weighs, in the order of the weights file; "abstain" is 1 on the no-outlet candidate only. */
export const OUTLET_FEATURES = [
  'abstain',
  ...OUTLET_SOURCES.map((s) => `from_${s}` as const),
  'sources',
  'printed',
  'spellsDomain',
  'isDomain',
  'corporate',
] as const;

type OutletFeature = (typeof OUTLET_FEATURES)[number];

export interface OutletCandidate {
  /** null: no outlet. */
  name: string | null;
  features: Record<OutletFeature, number>;
}

export type OutletModel = LinearModel<OutletFeature>;

export const OUTLET_WEIGHTS: WeightsFile = {
  path: 'src/clean/metadata/outlet-weights.json',
  version: 2,
  script: 'npm run eval:fit-outlet',
};

/** An outlet-weights file's contents when of this code's form and features (linear-model.ts); else an Error naming the fit script. */
export function checkedOutletModel(data: unknown): OutletModel {
  return checkedLinear(checkedVersion(data as { version: number } & LinearModel<string>, OUTLET_WEIGHTS), OUTLET_FEATURES, OUTLET_WEIGHTS);
}

/** A name written as a domain ("ctpost.com", "Sportsnet.ca"). */
const DOMAIN_NAME = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}$/iu;
/**
 * A company's name rather than a publication's: its corporate words (CORPORATE), an "&" ("Dow Jones &"), or a group of
 * companies ("… or its affiliated companies").
 */
const COMPANY = new RegExp(`${CORPORATE.source}|&|\\baffiliated\\b`, 'i');

/** How often the page prints `name` as a whole word, in any case. */
function printedCount(name: string, page: string): number {
  const escaped = escapeStringRegexp(name);
  return [...page.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu'))].length;
}

/**
 * The candidates of a page, one per name (names equal but for case are one; the first spelling read is kept), each
 * with its features, and the no-outlet candidate first. `domains`: the hosts the page shows (links, addresses, domains
 * written as words).
 */
export function outletCandidates(
  read: readonly { source: OutletSource; name: string | undefined }[],
  page: string,
  domains: readonly string[],
): OutletCandidate[] {
  const byName = new Map<string, { name: string; sources: Set<OutletSource> }>();
  for (const { source, name } of read) {
    const tidied = name?.trim();
    if (tidied === undefined || !/\p{L}/u.test(tidied)) continue;
    const key = tidied.toLowerCase();
    const seen = byName.get(key) ?? { name: tidied, sources: new Set<OutletSource>() };
    seen.sources.add(source);
    byName.set(key, seen);
  }
  const labels = new Set(domains.map(nameLabel).filter((l) => l !== ''));
  const abstain: OutletCandidate = {
    name: null,
    features: Object.fromEntries(OUTLET_FEATURES.map((f) => [f, f === 'abstain' ? 1 : 0])) as Record<OutletFeature, number>,
  };
  const named = [...byName.values()].map(({ name, sources }): OutletCandidate => {
    const isDomain = DOMAIN_NAME.test(name);
    const spells = isDomain ? labels.has(nameLabel(name)) : [...labels].some((label) => spellsLabel(name, label));
    const features: Record<OutletFeature, number> = {
      abstain: 0,
      from_self: +sources.has('self'),
      from_staff: +sources.has('staff'),
      from_title: +sources.has('title'),
      from_owner: +sources.has('owner'),
      from_menu: +sources.has('menu'),
      from_domain: +sources.has('domain'),
      from_agency: +sources.has('agency'),
      sources: sources.size - 1,
      printed: Math.log1p(printedCount(name, page)),
      spellsDomain: +spells,
      isDomain: +isDomain,
      corporate: +COMPANY.test(name),
    };
    return { name, features };
  });
  return [abstain, ...named];
}

/** The candidate the model scores highest (the first of equals), null for no outlet. */
export function chooseOutlet(candidates: readonly OutletCandidate[], model: OutletModel): string | null {
  let best: OutletCandidate | undefined;
  let bestScore = -Infinity;
  for (const c of candidates) {
    const score = linearScore(model, c.features);
    if (score > bestScore) [best, bestScore] = [c, score];
  }
  return best?.name ?? null;
}
