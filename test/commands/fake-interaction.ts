import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction } from 'discord.js';
import type { Coverage } from '../../src/coverage/types.js';
import type { BotContext } from '../../src/discord/context.js';
import type { ReplyPayload } from '../../src/discord/format/text.js';
import { DISCORD_DEFAULTS } from '../../src/discord/defaults.js';

/** What a handler sent back: each reply, update, edit or follow-up in order, whether the reply was deleted, the choices. */
export interface Sent {
  replies: { how: 'reply' | 'update' | 'edit' | 'followUp'; payload: ReplyPayload }[];
  deleted: boolean;
  choices: { name: string; value: string }[][];
}

/**
 * Just enough of a discord.js interaction for a command's handlers, which only read options or the
 * custom id and reply through coverageFor and sendReply (reply / update / deferUpdate + editReply / a "working on it"
 * reply + followUp + deleteReply).
 */
function fake(fields: object): { interaction: never; sent: Sent } {
  const sent: Sent = { replies: [], deleted: false, choices: [] };
  const interaction = {
    user: { id: 'asker' },
    deferred: false,
    replied: false,
    ...fields,
    reply: async (payload: ReplyPayload) => {
      interaction.replied = true;
      sent.replies.push({ how: 'reply', payload });
    },
    followUp: async (payload: ReplyPayload) => void sent.replies.push({ how: 'followUp', payload }),
    deleteReply: async () => void (sent.deleted = true),
    update: async (payload: ReplyPayload) => void sent.replies.push({ how: 'update', payload }),
    editReply: async (payload: ReplyPayload) => void sent.replies.push({ how: 'edit', payload }),
    deferReply: async () => void (interaction.deferred = true),
    deferUpdate: async () => void (interaction.deferred = true),
    respond: async (choices: { name: string; value: string }[]) => void sent.choices.push(choices),
  };
  return { interaction: interaction as never, sent };
}

export function commandInteraction(options: Record<string, string>): { interaction: ChatInputCommandInteraction; sent: Sent } {
  return fake({ isButton: () => false, options: { getString: (name: string) => options[name] ?? null } });
}

export function buttonInteraction(customId: string): { interaction: ButtonInteraction; sent: Sent } {
  return fake({ isButton: () => true, customId });
}

export function autocompleteInteraction(typed: string): { interaction: AutocompleteInteraction; sent: Sent } {
  return fake({ options: { getFocused: () => typed } });
}

/** A bot context holding `coverage`, or still loading it (current() is null until ready() resolves), and the Discord settings. */
export function contextWith(coverage: Coverage, { loading = false } = {}): BotContext {
  return {
    coverage: { current: () => (loading ? null : coverage), ready: async () => coverage, set: () => undefined, fail: () => undefined },
    settings: DISCORD_DEFAULTS,
  } as unknown as BotContext;
}
