import { Routes, type REST, type RESTPutAPIApplicationCommandsResult } from 'discord.js';
import type { Command } from './command.js';

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
