import { buildTimeline } from '../src/timeline/build-timeline.js';
import { formatTimelinePage, TIMELINE_BUTTON_PREFIX } from '../src/discord/format/pages.js';
import { createPagedCommand } from '../src/discord/paged-command.js';

/**
 * /timeline [topic]: the coverage's dated events, oldest first, a page at a time. Its page buttons' custom ids start with
 * `tl1|` and carry the topic and the page, so a click rebuilds the page from the current coverage, after a restart too.
 */
export default createPagedCommand({
  name: 'timeline',
  description: 'Dated events in the coverage, oldest first',
  option: { name: 'topic', description: 'Only events about this, e.g. "phone calls"' },
  prefix: TIMELINE_BUTTON_PREFIX,
  // No topic: the whole coverage.
  render: (coverage, topic, page, settings) => formatTimelinePage(buildTimeline(coverage, topic ?? undefined), page, settings),
});
