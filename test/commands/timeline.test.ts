import { beforeAll, describe, expect, it } from 'vitest';
import { MessageFlags } from 'discord.js';
import timeline from '../../commands/timeline.js';
import type { Coverage } from '../../src/coverage/types.js';
import { COMMANDS_DIR, loadCommands } from '../../src/discord/commands.js';
import { UserError } from '../../src/discord/interactions/replies.js';
import { USER_MESSAGES } from '../../src/user-messages.js';
import { buildTimeline } from '../../src/timeline/build-timeline.js';
import { formatTimelinePage } from '../../src/discord/format/pages.js';
import { coverageOf, SEEDS_DIR } from '../support/seed-coverage.js';
import { buttonInteraction, commandInteraction, contextWith } from './fake-interaction.js';
import { DISCORD_DEFAULTS } from '../../src/discord/defaults.js';

let seeds: Coverage;
beforeAll(async () => {
  seeds = await coverageOf(SEEDS_DIR);
});

describe('/timeline', () => {
  it('loads as a valid command with an optional topic', async () => {
    const loaded = (await loadCommands(COMMANDS_DIR)).get('timeline');
    expect(loaded?.data.options).toEqual([expect.objectContaining({ name: 'topic', required: false })]);
  });

  it('replies publicly with the first page of the timeline about the topic', async () => {
    const { interaction, sent } = commandInteraction({ topic: 'Putin' });
    await timeline.execute(interaction, contextWith(seeds));
    expect(sent.replies).toEqual([{ how: 'reply', payload: formatTimelinePage(buildTimeline(seeds, 'Putin'), 0, DISCORD_DEFAULTS) }]);
  });

  it('pages in place when Next is clicked, from the topic and page in the button', async () => {
    const first = commandInteraction({ topic: 'Putin' });
    await timeline.execute(first.interaction, contextWith(seeds));
    const next = first.sent.replies[0].payload.components[0].components[1];
    const click = buttonInteraction('custom_id' in next ? next.custom_id : '');
    await timeline.button.handle(click.interaction, contextWith(seeds));
    expect(click.sent.replies).toEqual([
      { how: 'update', payload: formatTimelinePage(buildTimeline(seeds, 'Putin'), 1, DISCORD_DEFAULTS) },
    ]);
  });

  it('answers a button it did not write with the expired-button message', async () => {
    const click = buttonInteraction('tl1|x|nonsense');
    await expect(timeline.button.handle(click.interaction, contextWith(seeds))).rejects.toBeInstanceOf(UserError);
  });

  it('tells only the asker it is working on it while the coverage loads, then posts the timeline and removes the notice', async () => {
    const { interaction, sent } = commandInteraction({});
    await timeline.execute(interaction, contextWith(seeds, { loading: true }));
    expect(sent.replies.map((r) => r.how)).toEqual(['reply', 'followUp']);
    expect(sent.replies[0].payload).toMatchObject({ content: USER_MESSAGES.workingOnIt, flags: MessageFlags.Ephemeral });
    expect(sent.replies[1].payload.embeds).toHaveLength(1);
    expect(sent.deleted).toBe(true);
  });
});
