import type { APIActionRowComponent, APIButtonComponent, APIEmbed, MessageMentionOptions } from 'discord.js';

/**
 * Pings nobody: user text and article text may hold `@everyone` or `<@id>`, and an answer should
 * never notify anyone. Sent with every message, on top of the client default, so no path forgets it.
 */
export const NO_MENTIONS: MessageMentionOptions = { parse: [], repliedUser: false };

/** A message as the formatters build it: plain API JSON, so tests can read it without a client. */
export interface ReplyPayload {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: MessageMentionOptions;
}

/** A short text-only message (notices, apologies), within the 2,000-character limit by construction. */
export function textPayload(content: string): ReplyPayload {
  return { content, embeds: [], components: [], allowedMentions: NO_MENTIONS };
}
