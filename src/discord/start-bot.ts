import type { Client } from 'discord.js';
import { attachBot } from './attach-bot.js';
import type { BotContext } from './bot-context.js';
import { createClient, type ClientOptions } from './create-client.js';

export interface StartBotOptions extends ClientOptions {
  token: string;
  ctx: BotContext;
}

/**
 * Creates the client, wires the handlers and logs in. Resolves once the gateway session is up;
 * rejects (with discord.js's TokenInvalid error on a 401) if Discord refuses the token.
 */
export async function startBot(options: StartBotOptions): Promise<Client> {
  const client = createClient({ apiUrl: options.apiUrl, shards: options.shards });
  attachBot(client, options.ctx);
  await client.login(options.token);
  return client;
}
