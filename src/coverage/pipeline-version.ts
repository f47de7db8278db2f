/**
 * Version of everything between an article file and its analysis (cleaning, segmentation, analysis)
 * and of the index built on it. Bump it whenever their output changes: cached analyses and saved
 * records of another version are rebuilt, never trusted.
 */
export const PIPELINE_VERSION = 'clean-1+analyse-1';
