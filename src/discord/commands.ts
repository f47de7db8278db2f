import { readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import {
  ApplicationIntegrationType,
  InteractionContextType,
  Routes,
  type REST,
  type RESTPutAPIApplicationCommandsResult,
} from 'discord.js';
import { z } from 'zod';
import type { Command } from './context.js';
import { BUILT_IN_PREFIXES } from './format/buttons.js';

/** The command files: the top-level commands/ folder, one file per command. */
export const COMMANDS_DIR = fileURLToPath(new URL('../../commands', import.meta.url));

/** Every command works in servers, in DMs with the bot and in group DMs, installed to a server or to a user. */
export const EVERYWHERE = {
  integration_types: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel],
};

const fn = z.custom<(...args: never[]) => unknown>((v) => typeof v === 'function', 'must be a function');

/** Discord's rules for a chat command: lower-case name of 1–32 characters, description of 1–100. */
const commandSchema = z
  .object({
    data: z.looseObject({
      name: z.string().regex(/^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$/u, 'must be 1–32 lower-case letters, digits, - or _'),
      description: z.string().min(1).max(100),
      options: z
        .array(z.looseObject({ name: z.string().min(1).max(32), description: z.string().min(1).max(100) }))
        .max(25)
        .optional(),
    }),
    execute: fn,
    autocomplete: fn.optional(),
    button: z
      .object({
        prefix: z
          .string()
          .regex(/^[a-z][a-z0-9]{0,7}$/, 'must be 1–8 lower-case letters and digits')
          .refine((p) => !BUILT_IN_PREFIXES.includes(p), 'is used by the answer buttons'),
        handle: fn,
      })
      .optional(),
  })
  .refine((c) => c.autocomplete !== undefined || !c.data.options?.some((o) => o.autocomplete === true), {
    message: 'is missing: an option has autocomplete: true',
    path: ['autocomplete'],
  });

/** Command modules: the TypeScript sources under tsx, or built JavaScript; never declarations or tests. */
function isCommandFile(name: string): boolean {
  return /\.(ts|js|mjs)$/.test(name) && !/\.d\.ts$|\.test\./.test(name);
}

/**
 * Loads every command in `dir` (one file each, default-exporting `{ data, execute }` and optionally
 * `autocomplete` and `button`), validated so that a broken command file stops the bot or the deploy
 * with a message naming it, instead of registering something Discord rejects. Used by the bot and by
 * `npm run deploy` alike.
 */
export async function loadCommands(dir: string): Promise<Map<string, Command>> {
  const files = (await readdir(dir)).filter(isCommandFile).sort();
  const commands = new Map<string, Command>();
  for (const file of files) {
    const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { default?: unknown };
    const parsed = commandSchema.safeParse(mod.default);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`Invalid command in ${file}: ${issue.path.join('.') || 'default export'} ${issue.message}`);
    }
    const command = mod.default as Command;
    if (commands.has(command.data.name)) throw new Error(`Duplicate command name "${command.data.name}" in ${file}`);
    const prefix = command.button?.prefix;
    if (prefix && [...commands.values()].some((c) => c.button?.prefix === prefix)) {
      throw new Error(`Duplicate button prefix "${prefix}" in ${file}`);
    }
    commands.set(command.data.name, command);
  }
  return commands;
}

export interface DeployTarget {
  applicationId: string;
  /** A guild registers instantly, for development; null registers globally (for every server and user). */
  guildId: string | null;
}

/**
 * Registers the commands with one bulk overwrite, so commands removed from commands/ disappear from
 * Discord too. Returns what Discord registered.
 */
export async function deployCommands(
  rest: REST,
  commands: Iterable<Command>,
  target: DeployTarget,
): Promise<RESTPutAPIApplicationCommandsResult> {
  const body = [...commands].map((c) => c.data);
  const route = target.guildId
    ? Routes.applicationGuildCommands(target.applicationId, target.guildId)
    : Routes.applicationCommands(target.applicationId);
  return (await rest.put(route, { body })) as RESTPutAPIApplicationCommandsResult;
}
