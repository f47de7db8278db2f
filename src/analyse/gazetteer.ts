/**
 * Country and region names in English, from the ICU data Node ships (`Intl.DisplayNames`): a gazetteer
 * that needs no download and no list kept by hand. Used to tell places from other proper names,
 * which wink-nlp's lite model does not do.
 */
function regionNames(): Set<string> {
  const names = new Set<string>();
  const display = new Intl.DisplayNames(['en'], { type: 'region' });
  const add = (code: string) => {
    const name = display.of(code);
    if (name && name !== code) names.add(name.replace(/ & /g, ' and '));
  };
  for (let a = 65; a <= 90; a++) for (let b = 65; b <= 90; b++) add(String.fromCharCode(a, b));
  // UN M.49 continents and sub-regions: World, Africa, Americas, Asia, Europe, Oceania, …
  for (const code of [
    '001',
    '002',
    '005',
    '009',
    '013',
    '019',
    '021',
    '029',
    '030',
    '034',
    '035',
    '039',
    '053',
    '054',
    '142',
    '143',
    '145',
    '150',
    '151',
    '154',
    '155',
    '419',
  ])
    add(code);
  return names;
}

export const REGION_NAMES: ReadonlySet<string> = regionNames();

/**
 * The last word of every currency's English name, singular and plural, from the CLDR names Node's ICU data holds
 * (`Intl.DisplayNames` "Danish Krone", `Intl.NumberFormat` with `currencyDisplay: 'name'` "2.00 Danish kroner"): "krone",
 * "kroner", "euros", "yen". They tell an amount written with its currency's name ("200,000 Danish krone") from a count.
 */
function currencyWords(): Set<string> {
  const words = new Set<string>();
  const display = new Intl.DisplayNames(['en'], { type: 'currency' });
  for (const code of Intl.supportedValuesOf('currency')) {
    const plural = new Intl.NumberFormat('en', { style: 'currency', currency: code, currencyDisplay: 'name' }).format(2);
    for (const name of [display.of(code) ?? '', plural]) {
      const last = name.split(/\s+/).pop()?.toLowerCase() ?? '';
      if (/^\p{L}+$/u.test(last)) words.add(last);
    }
  }
  return words;
}

let currencies: Set<string> | undefined;
let codes: ReadonlySet<string> | undefined;

/**
 * The currency names' last words and the ISO 4217 codes, built on first use, by a question or by loadCurrencies (162
 * currencies; 57–80 ms in a fresh process, session 53's warm-up measurement).
 */
function currencySets(): { words: ReadonlySet<string>; codes: ReadonlySet<string> } {
  currencies ??= currencyWords();
  codes ??= new Set(Intl.supportedValuesOf('currency'));
  return { words: currencies, codes };
}

/** Whether the word, lower case, ends a currency's English name. */
export function isCurrencyWord(word: string): boolean {
  return currencySets().words.has(word);
}

/** Whether the word is an ISO 4217 currency code as written, in capitals ("EUR", "KRW"), of those Node's ICU data lists. */
export function isCurrencyCode(word: string): boolean {
  return currencySets().codes.has(word);
}

/** Builds the currency sets now rather than on first use: the warm-up before a surface says it is ready (src/answer/warm-up.ts). */
export function loadCurrencies(): void {
  currencySets();
}

/** Whether the currency sets are built (loadCurrencies, or the questions that first needed them). */
export function currenciesLoaded(): boolean {
  return currencies !== undefined && codes !== undefined;
}
