import { OPERATOR_MESSAGES, OperatorError } from '../entry.js';

/**
 * The corpus folder cannot be served at all (missing, not a folder, nothing readable in it). The
 * message is one user-facing line naming the path, so a CLI can print it and exit non-zero; the
 * warnings gathered before giving up travel with it, and are printed before it, so nothing the reader learned is lost.
 */
export class CorpusError extends OperatorError {
  override name = 'CorpusError';

  constructor(
    message: string,
    readonly path: string,
    readonly warnings: readonly string[] = [],
  ) {
    super(message);
  }

  /** The warnings first, one `warning:` line each, then the error: "no readable articles" alone does not say why. */
  override get line(): string {
    return [...this.warnings.map(OPERATOR_MESSAGES.warning), super.line].join('\n');
  }
}
