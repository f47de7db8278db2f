import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/clean/clean-article.js';
import { CLEAN_DEFAULTS } from '../../../src/clean/defaults.js';
import { checkedOutletModel, chooseOutlet, OUTLET_FEATURES, outletCandidates } from '../../../src/clean/metadata/outlet-chooser.js';
import shipped from '../../../src/clean/metadata/outlet-weights.json' with { type: 'json' };

const clean = (raw: string) => cleanArticle({ id: 'page', path: 'page.txt', raw, hash: 'h', catalog: {} });
const story =
  'The county board voted 5-2 on Tuesday to close the Millbrook transfer station next spring, ending weekend drop-off for ' +
  'about 4,000 households.\n\nSupervisors said the site had lost money for six straight years and needed repairs the county ' +
  'could not afford, while residents asked for a mobile collection day in its place.';

describe('the outlet chooser', () => {
  it('abstains when the only name the page gives is a company’s, as a copyright holder is not the site', () => {
    const page = `Transfer station to close next spring\n\n${story}\n\n© 2019 Lakeside Media Group. All rights reserved.`;
    expect(clean(page).meta.outlet).toBeNull();
  });

  it('takes the name the page prints most and its domain spells over a copyright owner it prints less', () => {
    const page =
      `Harbor Gazette\n\nNews Sports Opinion\n\nTransfer station to close next spring\n\n${story}\n\n` +
      'Reach the newsroom at tips@harborgazette.com\n\nMore from Harbor Gazette\n\nHarbor Gazette Sports\n\n' +
      'About Ridgeline Partners\n\n© 2019 Ridgeline Partners. All rights reserved.';
    expect(clean(page).meta.outlet).toBe('Harbor Gazette');
  });

  it('scores each name once, whatever its case, with the sources that read it', () => {
    const candidates = outletCandidates(
      [
        { source: 'owner', name: 'Harbor Gazette' },
        { source: 'title', name: 'HARBOR GAZETTE' },
        { source: 'menu', name: undefined },
      ],
      'Harbor Gazette\n\nharborgazette.com',
      ['harborgazette.com'],
    );
    expect(candidates.map((c) => c.name)).toEqual([null, 'Harbor Gazette']);
    const feature = (name: (typeof OUTLET_FEATURES)[number]) => candidates[1].features[name];
    expect([feature('from_owner'), feature('from_title'), feature('from_menu'), feature('sources'), feature('spellsDomain')]).toEqual([
      1, 1, 0, 1, 1,
    ]);
    expect(chooseOutlet([candidates[0]], CLEAN_DEFAULTS.outletChooser)).toBeNull();
  });
});

describe('the shipped outlet weights', () => {
  // The fit reads ../shared (npm run eval:fit-outlet -- --check compares a fresh fit with the file byte for byte); here,
  // without the datasets, the file must fit the code that reads it and say how it was fitted.
  it('weigh exactly the features the code computes, and say the script, the split and the cross-validated count', () => {
    const model = checkedOutletModel(shipped);
    expect(Object.keys(model.weights)).toEqual([...OUTLET_FEATURES]);
    for (const w of Object.values(model.weights)) expect(Number.isFinite(w)).toBe(true);
    expect(shipped.fit).toMatchObject({ script: 'npm run eval:fit-outlet', split: 'fit (article-extraction ids 0–7)' });
    expect(Object.keys(shipped.fit.crossValidated)).toContain(String(shipped.fit.l2));
  });
});
