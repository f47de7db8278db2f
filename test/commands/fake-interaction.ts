import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction } from 'discord.js';
import type { Coverage } from '../../src/coverage/types.js';
import type { BotContext } from '../../src/discord/context.js';
import type { ReplyPayload } from '../../src/discord/replies.js';

/** What a handler sent back: each reply, update or edit, in order, and the autocomplete choices. */
export interface Sent {
  replies: { how: 'reply' | 'update' | 'edit'; payload: ReplyPayload }[];
  choices: { name: string; value: string }[][];
}

/**
 * Just enough of a discord.js interaction for a command's handlers, which only read options or the
 * custom id and reply through sendReply (reply / update / deferReply + editReply).
 */
function fake(fields: object): { interaction: never; sent: Sent } {
  const sent: Sent = { replies: [], choices: [] };
  const interaction = {
    user: { id: 'asker' },
    deferred: false,
    ...fields,
    reply: async (payload: ReplyPayload) => void sent.replies.push({ how: 'reply', payload }),
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

/** A bot context holding `coverage`, or still loading it (current() is null until ready() resolves); handlers here read nothing else. */
export function contextWith(coverage: Coverage, { loading = false } = {}): BotContext {
  return {
    coverage: { current: () => (loading ? null : coverage), ready: async () => coverage, set: () => undefined, fail: () => undefined },
  } as unknown as BotContext;
}
