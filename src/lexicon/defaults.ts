/** Tuning values of the WordNet lexicon (src/lexicon). */
export interface LexiconSettings {
  /**
   * How many senses of a word count: WordNet orders senses by tagged frequency, and the rare ones mostly
   * mislead. Callers may ask for fewer: answer typing by head noun uses one sense (three cost person
   * questions 19 of 485 on SQuAD; docs/DESIGN.md, "Trade-offs").
   */
  maxSenses: number;
}

export const LEXICON_DEFAULTS: LexiconSettings = {
  maxSenses: 3,
};
