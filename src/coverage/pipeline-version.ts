/**
 * Version of everything between an article file and its analysis (cleaning, segmentation, analysis)
 * and of the index built on it. Bump it whenever their output changes: cached analyses and saved
 * records of another version are rebuilt, never trusted. A bump takes the next unused number of the
 * part that changed: a reverted change's number stays its own, since a store may hold records of it.
 * What each version changed: docs/MEASUREMENTS.md, "PIPELINE_VERSION, bump by bump".
 */
export const PIPELINE_VERSION = 'clean-49+analyse-8';
