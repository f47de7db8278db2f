/**
 * The fitted models the product ships, as the settings carry them (CLEAN_DEFAULTS.cleaner, .dateChooser,
 * .outletChooser; ANSWER_DEFAULTS.ranker: each weights file as it ships), and the one check of their form.
 */
import { ANSWER_DEFAULTS } from '../answer/defaults.js';
import { checkedModel } from '../answer/rank/ranker-model.js';
import { checkedCleaner } from '../clean/boilerplate/boilerplate.js';
import { CLEAN_DEFAULTS } from '../clean/defaults.js';
import { checkedDateModel } from '../clean/metadata/date-chooser.js';
import { checkedOutletModel } from '../clean/metadata/outlet-chooser.js';

/**
 * Throws, naming the file and the fit script to run, when a shipped weights file is not of the form this code reads:
 * the settings carry each model as its file ships it, and a model of another form would be read as something it is
 * not. Checked when a program starts (runEntry; eval and bench call it too), not when a module is imported, so that a
 * fit script, which imports the code it fits, still runs to rewrite the file.
 */
export function checkShippedModels(): void {
  checkedCleaner(CLEAN_DEFAULTS.cleaner);
  checkedDateModel(CLEAN_DEFAULTS.dateChooser);
  checkedOutletModel(CLEAN_DEFAULTS.outletChooser);
  checkedModel(ANSWER_DEFAULTS.ranker);
}
