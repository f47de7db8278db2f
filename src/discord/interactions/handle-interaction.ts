import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, Interaction } from 'discord.js';
import { hashUserId } from '../../store/records/feedback.js';
import type { BotContext } from '../context.js';
import { routeButton } from './buttons.js';
import { interactionName, noteArrival, noteSlot, respondWithError, UserError } from './replies.js';
import { USER_MESSAGES } from '../../user-messages.js';

/**
 * Suggestions while the user types an option. Discord shows no message for an autocomplete, so a
 * failure is logged and answered with no suggestions.
 */
async function autocomplete(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void> {
  try {
    const command = ctx.commands.get(interaction.commandName);
    if (command?.autocomplete) await command.autocomplete(interaction, ctx);
    else await interaction.respond([]);
  } catch (err) {
    ctx.log.error({ err, command: interaction.commandName, user: hashUserId(interaction.user.id) }, 'autocomplete failed');
    if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
  }
}

/**
 * Runs the command, autocomplete or button an interaction is for, once admitted (ctx.admission: a bounded
 * number at once, in arrival order); one that waited past Discord's window is dropped without a response.
 * `arrivedAt` is when it reached the process (performance.now()). Never throws: failures become a reply
 * and a log line.
 */
export async function handleInteraction(interaction: Interaction, ctx: BotContext, arrivedAt = performance.now()): Promise<void> {
  if (!interaction.isAutocomplete() && !interaction.isChatInputCommand() && !interaction.isButton()) return;
  noteArrival(interaction, arrivedAt, ctx.settings.admission);
  // Past the window already when it reached the process: not overload (nothing in flight or waiting need delay it), but a
  // gateway replaying a session's events after an outage, or a process that stalled. Logged as "shed", it read as
  // overload with inFlight 0 (s53 hard17).
  const ageMs = performance.now() - arrivedAt;
  if (ageMs > ctx.settings.admission.expireAfterMs) {
    ctx.failures.note('late', (suppressed) =>
      ctx.log.warn(
        { ageMs: Math.round(ageMs), othersNotLogged: suppressed },
        'interaction dropped: past its time to answer when it arrived (replayed after a gateway outage, or the process stalled)',
      ),
    );
    return;
  }
  const release = await ctx.admission.admit(arrivedAt);
  if (!release) {
    ctx.failures.note('shed', (suppressed) =>
      ctx.log.warn(
        { inFlight: ctx.admission.inFlight, waiting: ctx.admission.waiting, othersNotLogged: suppressed },
        'interaction shed: too old to answer in time',
      ),
    );
    return;
  }
  // An interaction acknowledged while the coverage loads gives its slot back meanwhile (coverageFor) and holds another after.
  const slot = { release };
  noteSlot(interaction, slot);
  try {
    if (interaction.isAutocomplete()) await autocomplete(interaction, ctx);
    else await answerInteraction(interaction, ctx);
  } finally {
    slot.release();
  }
}

async function answerInteraction(interaction: ChatInputCommandInteraction | ButtonInteraction, ctx: BotContext): Promise<void> {
  const started = performance.now();
  try {
    if (interaction.isChatInputCommand()) {
      const command = ctx.commands.get(interaction.commandName);
      if (!command) throw new UserError(USER_MESSAGES.unknownCommand);
      await command.execute(interaction, ctx);
    } else {
      await routeButton(interaction, ctx);
    }
    ctx.log.debug(
      { command: interactionName(interaction), user: hashUserId(interaction.user.id), ms: Math.round(performance.now() - started) },
      'interaction answered',
    );
  } catch (err) {
    await respondWithError(interaction, err, ctx);
  }
}
