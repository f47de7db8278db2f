import type { ReindexReport } from '../coverage/reindex.js';
import { plural } from '../user-messages.js';

/** Ids as code spans (file names hold underscores, which Discord reads as italics), at most `shown`, then how many more. */
function idList(label: string, ids: readonly string[], shown: number): string[] {
  if (ids.length === 0) return [];
  const listed = ids.slice(0, shown).map((id) => `\`${id.replaceAll('`', "'")}\``);
  const more = ids.length > shown ? ` and ${ids.length - shown} more` : '';
  return [`${label}: ${listed.join(', ')}${more}`];
}

/**
 * The summary of a re-index, as /reindex shows it and `npm run reindex` prints it: plain lines that read
 * the same in Discord and on a terminal. At most `idsShown` ids per list keep it within a message.
 */
export function formatReindexReport(report: ReindexReport, idsShown: number): string {
  const { added, changed, removed, unchanged } = report;
  const counts = [
    [added.length, 'added'],
    [changed.length, 'changed'],
    [removed.length, 'removed'],
    [unchanged, 'unchanged'],
  ] as const;
  const changes =
    added.length + changed.length + removed.length === 0
      ? 'nothing changed.'
      : `${counts.flatMap(([n, what]) => (n > 0 ? [`${n} ${what}`] : [])).join(', ')}.`;
  const analysed = report.analysed === 0 ? 'all from the analysis cache' : `${report.analysed} analysed now`;
  const head = `Re-indexed ${plural(report.articles, 'article')} in ${(report.ms / 1000).toFixed(1)} s (${analysed}): ${changes}`;
  return [head, ...idList('Added', added, idsShown), ...idList('Changed', changed, idsShown), ...idList('Removed', removed, idsShown)].join(
    '\n',
  );
}
