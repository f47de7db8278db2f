/**
 * The page reader's fitted linear models, in one form: the boilerplate classifier's two layers
 * (clean/boilerplate/boilerplate.ts), the publication-date chooser (clean/metadata/date-chooser.ts) and the outlet
 * chooser (clean/metadata/outlet-chooser.ts); the ranker (answer/rank/ranker-model.ts) shares its logistic. A model
 * weighs features by name; its weights file (written by an `npm run eval:fit-*` script, whose `--check` compares a fresh
 * fit with the shipped file) records the names and the version of its form, and is refused unless both are the ones the
 * code reads, as the ranker's weights are (src/answer/rank/ranker-model.ts): a file of another form is not read as
 * something it is not. The check runs where a program starts (checkShippedModels, shipped-models.ts) and in the fit
 * script's --check.
 */

/** A weight per named feature, in the order the code lists its features, and a bias. */
export interface LinearModel<F extends string> {
  weights: Readonly<Record<F, number>>;
  /** 0 for a listwise model (the outlet chooser), whose bias would cancel among a page's candidates. */
  bias: number;
}

/** Where a model's weights are shipped, the version of their form the code reads, and the script that writes them. */
export interface WeightsFile {
  /** The file's path in the repository. */
  path: string;
  /** Bumped when the features, what they mean (the candidates scored) or the file's shape change. */
  version: number;
  script: string;
}

/**
 * bias + Σ weight · feature, summed in the order of the weights (which checkedLinear holds to the code's list of
 * features): one order, so that a refactor or a fit script computes the very same score in every bit.
 */
export function linearScore<F extends string>(model: LinearModel<F>, features: Readonly<Record<F, number>>): number {
  let z = model.bias;
  for (const f in model.weights) z += model.weights[f] * features[f];
  return z;
}

/** The logistic function: the one copy, which the ranker's confidence head (src/answer/rank/ranker-model.ts) uses too. */
export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

function refuse(file: WeightsFile, what: string): never {
  throw new Error(`${file.path}: ${what}; run ${file.script}`);
}

/** A shipped weights file's contents when they are of the form `file.version`; else an Error naming the script to run. */
export function checkedVersion<T extends { version: number }>(data: T, file: WeightsFile): T {
  if (data.version !== file.version) refuse(file, `weights of form ${String(data.version)}, this code reads form ${file.version}`);
  return data;
}

/**
 * A linear model read from a weights file, when it weighs exactly `features`, in their order, by finite numbers, with a
 * finite bias; else an Error naming the script to run.
 */
export function checkedLinear<F extends string>(data: LinearModel<string>, features: readonly F[], file: WeightsFile): LinearModel<F> {
  const names = Object.keys(data.weights ?? {});
  if (names.length !== features.length || names.some((name, j) => name !== features[j])) {
    refuse(file, `weights for ${names.join(', ')}, this code computes ${features.join(', ')}`);
  }
  if (![...Object.values(data.weights), data.bias].every(Number.isFinite)) refuse(file, 'a weight or the bias is not a finite number');
  return data as LinearModel<F>;
}
