import {
  DiscordAPIError,
  MessageFlags,
  RateLimitError,
  RESTJSONErrorCodes,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type RepliableInteraction,
} from 'discord.js';
import type { Coverage } from '../../coverage/types.js';
import type { BotContext } from '../context.js';
import { hashUserId } from '../../store/records/feedback.js';
import { buttonPrefix } from '../format/buttons.js';
import { NO_MENTIONS, textPayload, type ReplyPayload } from '../format/text.js';
import { USER_MESSAGES } from '../../user-messages.js';
import { errorMessage } from '../../entry.js';
import type { Logger } from '../../log.js';

/**
 * An error meant for the user: its message is shown to them as is (ephemeral where Discord allows)
 * and it is not logged as a failure. Anything else thrown in a handler is a bug or an outage.
 */
export class UserError extends Error {
  override name = 'UserError';
}

export type AnsweringInteraction = ChatInputCommandInteraction | ButtonInteraction;

/** How a response appears: a new public message, a new message only the user sees, or an edit of the clicked message. */
export type ReplyMode = 'public' | 'ephemeral' | 'update';

/** When each interaction reached this process (performance.now()) and when its first response is too late, noted by handleInteraction. */
const arrivals = new WeakMap<object, { at: number; expireAfterMs: number; deferAfterMs: number }>();

export function noteArrival(interaction: object, at: number, limits: { expireAfterMs: number; deferAfterMs: number }): void {
  arrivals.set(interaction, { at, expireAfterMs: limits.expireAfterMs, deferAfterMs: limits.deferAfterMs });
}

/** Whether the interaction reached this process longer than its `limit` ago; never for one whose arrival was not noted. */
function waitedPast(interaction: object, limit: 'expireAfterMs' | 'deferAfterMs'): boolean {
  const arrival = arrivals.get(interaction);
  return arrival !== undefined && performance.now() - arrival.at > arrival[limit];
}

/**
 * Thrown where a first response would be sent after Discord's window has closed: the callback would only
 * come back 404 (Unknown interaction) and delay the responses still on time, so none is sent.
 */
class ExpiredInteraction extends Error {
  override name = 'ExpiredInteraction';
}

/**
 * Discord refused a first response as Unknown interaction (10062): its window closed before the response arrived (the
 * process was paused, the network slow, or Discord's clock ran ahead of the arrival noted here). It is the same event as
 * an ExpiredInteraction, seen by Discord instead of this process, and no response will be accepted for it: not a bug of
 * the bot, and no apology can reach the user.
 */
function refusedAsExpired(err: unknown): boolean {
  return err instanceof DiscordAPIError && err.code === RESTJSONErrorCodes.UnknownInteraction;
}

/** The admission slot an interaction holds while handled (handleInteraction releases whichever it holds last). */
export interface AdmissionSlot {
  release: () => void;
}

const slots = new WeakMap<object, AdmissionSlot>();

export function noteSlot(interaction: object, slot: AdmissionSlot): void {
  slots.set(interaction, slot);
}

/**
 * `work` (the coverage loading, a vote's write) waited for without the interaction's admission slot, then with a slot
 * again (readmit). The interaction is acknowledged, so it has 15 minutes rather than 3 s; holding its slot through a
 * load of minutes left the process full after 32 askers, and every interaction after them was shed unanswered (faults6:
 * 8 of 40 asked while the coverage loaded got no response at all).
 */
async function withoutSlot<T>(interaction: AnsweringInteraction, ctx: BotContext, work: Promise<T>): Promise<T> {
  const slot = slots.get(interaction);
  if (!slot) return work;
  slot.release();
  try {
    return await work;
  } finally {
    slot.release = await ctx.admission.readmit();
  }
}

const loadedCoverage = (interaction: AnsweringInteraction, ctx: BotContext): Promise<Coverage> =>
  withoutSlot(interaction, ctx, ctx.coverage.ready());

/** Throws ExpiredInteraction when no first response has been sent and the window for one has passed. */
function assertOnTime(interaction: AnsweringInteraction): void {
  if (waitedPast(interaction, 'expireAfterMs') && !interaction.deferred && !interaction.replied) throw new ExpiredInteraction();
}

/**
 * Interactions answered so far only by a private placeholder, until their answer or apology is on its way: the
 * ephemeral "working on it" notice (coverageFor) or a private "thinking…" deferral (deferPrivately: /add, /reindex),
 * each with the text a shutdown writes over it (tellWaitingRestarting). A Map, not a WeakMap, so a shutdown can find
 * them; every entry is removed when its interaction is answered or fails (sendReply, finishDeferred, respondWithError),
 * so the map holds only interactions still waiting.
 */
const working = new Map<RepliableInteraction, string>();

/**
 * The coverage, acknowledging the interaction first when the answer might not be sent within Discord's window:
 * while the coverage is still loading (Discord drops an interaction not acknowledged within 3 seconds, and
 * loading 10,000 articles takes minutes), or when the interaction waited so long for its turn that the rest of
 * the work might not fit. Then only the user sees "working on it" (an ephemeral reply, not a public "thinking…"
 * that the channel watches and that an error would have to take back); a fast answer is sent directly. A button
 * that edits its message is acknowledged without any notice (deferUpdate).
 */
export async function coverageFor(interaction: AnsweringInteraction, ctx: BotContext, mode: ReplyMode): Promise<Coverage> {
  const current = ctx.coverage.current();
  if (interaction.deferred || interaction.replied) return current ?? loadedCoverage(interaction, ctx);
  if (current && !waitedPast(interaction, 'deferAfterMs')) return current;
  assertOnTime(interaction);
  if (mode === 'update' && interaction.isButton()) {
    await interaction.deferUpdate();
  } else {
    await interaction.reply({ content: USER_MESSAGES.workingOnIt, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    working.set(interaction, USER_MESSAGES.restarting);
  }
  return current ?? loadedCoverage(interaction, ctx);
}

/**
 * Sends `payload` as the interaction's response: after "working on it", an ephemeral answer replaces the notice
 * and a public one is posted as a follow-up (the notice, private, cannot become public) and the notice deleted;
 * after a deferral the deferred response is edited.
 */
export async function sendReply(interaction: AnsweringInteraction, payload: ReplyPayload, mode: ReplyMode): Promise<void> {
  assertOnTime(interaction);
  if (working.has(interaction)) {
    await replacePlaceholder(interaction, async () => {
      if (mode === 'ephemeral') {
        // An answer without text of its own (embeds only) must still clear the notice's text.
        await interaction.editReply({ ...payload, content: payload.content ?? '' });
      } else {
        await interaction.followUp(payload);
        // Tidying only: the answer is out, and a notice left behind is harmless.
        await interaction.deleteReply().catch(() => undefined);
      }
    });
  } else if (interaction.deferred) {
    await interaction.editReply(payload);
  } else if (mode === 'update' && interaction.isButton()) {
    await interaction.update(payload);
  } else {
    await interaction.reply({ ...payload, ...(mode === 'ephemeral' ? { flags: MessageFlags.Ephemeral } : {}) });
  }
}

/**
 * Acknowledges a command whose work outlasts Discord's 3 s (fetching a page, re-indexing) with a "thinking…" only the user
 * sees, and notes it as waiting, so that a shutdown before finishDeferred tells the user the work was cut short
 * (tellWaitingRestarting: `notice`) instead of leaving "thinking…" until Discord drops it (faults7 L1: /add and /reindex
 * were told nothing, while a "working on it" notice was).
 */
export async function deferPrivately(
  interaction: AnsweringInteraction,
  notice: string = USER_MESSAGES.restartingUnfinished,
): Promise<void> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  working.set(interaction, notice);
}

/**
 * What `work` settles to, for a private reply that tells it (a vote's "saved" or "could not confirm"): at once when it
 * settles before the interaction is due a deferral (deferAfterMs after it arrived, as coverageFor defers), else after a
 * private deferral (deferPrivately, with `notice` for a shutdown meanwhile), waited for without the admission slot. So the
 * reply waits for the outcome instead of guessing it within Discord's 3 s: with the store's 1 s bound a vote pressed while
 * another process held the SQLite file was told "could not confirm" and then saved (s49 hard12, hard13). A deferral gives
 * the reply 15 minutes (discord.js ButtonInteraction#deferReply, then editReply); `work` bounds itself (the store guard).
 */
export async function outcomeDeferringPrivately<T>(
  interaction: AnsweringInteraction,
  ctx: BotContext,
  work: Promise<T>,
  notice: string,
): Promise<T> {
  if (interaction.deferred || interaction.replied) return work;
  const arrival = arrivals.get(interaction);
  const dueInMs = arrival ? arrival.at + arrival.deferAfterMs - performance.now() : ctx.settings.admission.deferAfterMs;
  const due = Symbol('deferral due');
  let timer: NodeJS.Timeout | undefined;
  const deferralDue = new Promise<typeof due>((resolve) => (timer = setTimeout(() => resolve(due), Math.max(0, dueInMs))));
  try {
    const first = await Promise.race([work, deferralDue]);
    if (first !== due) return first as T;
  } finally {
    clearTimeout(timer);
  }
  assertOnTime(interaction);
  await deferPrivately(interaction, notice);
  return withoutSlot(interaction, ctx, work);
}

/** Replaces deferPrivately's "thinking…" with the command's result (replacePlaceholder). */
export async function finishDeferred(interaction: ChatInputCommandInteraction, payload: ReplyPayload): Promise<void> {
  await replacePlaceholder(interaction, () => interaction.editReply(payload));
}

/**
 * Sends (`send`) what replaces a private placeholder: out of the waiting map while it is sent, so a shutdown meanwhile
 * does not write its notice over it; back in it under the notice it had if the send fails, so that respondWithError
 * turns the placeholder into the apology, or a shutdown before it into the placeholder's own notice. The one way both
 * sendReply and finishDeferred take a placeholder out (faults8: sendReply put any placeholder back as "working on it"'s,
 * a private deferral's "run the command again" notice included).
 */
async function replacePlaceholder(interaction: RepliableInteraction, send: () => Promise<unknown>): Promise<void> {
  const notice = working.get(interaction);
  working.delete(interaction);
  try {
    await send();
  } catch (err) {
    if (notice !== undefined) working.set(interaction, notice);
    throw err;
  }
}

/** What the logs say the interaction was: `when`, `button:m1` (the custom id prefix), … */
export function interactionName(interaction: RepliableInteraction): string {
  if (interaction.isChatInputCommand()) return interaction.commandName;
  if (interaction.isButton()) return `button:${buttonPrefix(interaction.customId)}`;
  return `interaction:${interaction.type}`;
}

/**
 * Answers an interaction whose handler threw. A UserError is shown as is; anything else is logged (once per
 * interval for repeats) and answered with a short apology. Always privately: the "working on it" notice or
 * a private deferral becomes the message, otherwise it is an ephemeral reply or follow-up; the bot never defers
 * publicly, so the channel never sees a "thinking…" an error would have to take back. Nothing is sent once
 * Discord's window for a first response has passed, or once Discord said it had (Unknown interaction). Never throws:
 * the interaction may have expired or Discord may be down, and that is logged too.
 */
export async function respondWithError(interaction: RepliableInteraction, err: unknown, ctx: BotContext): Promise<void> {
  // Out of the map on every path, the expired one included, so it never keeps an interaction no answer will follow.
  const noticeShown = working.delete(interaction);
  const meta = {
    command: interactionName(interaction),
    user: hashUserId(interaction.user.id),
    guild: interaction.guildId,
    channel: interaction.channelId,
  };
  if (err instanceof ExpiredInteraction || refusedAsExpired(err)) {
    ctx.failures.note('expired', (suppressed) =>
      ctx.log.warn({ ...meta, othersNotLogged: suppressed }, 'interaction expired before its answer; no response sent'),
    );
    return;
  }
  // A rate limit too long to wait out (client.ts refuseLongWaits, logged there): an apology would wait behind the same limit.
  if (err instanceof RateLimitError) return;
  const content = err instanceof UserError ? err.message : USER_MESSAGES.apology;
  if (!(err instanceof UserError)) {
    const kind = `failed:${errorMessage(err)}`;
    ctx.failures.note(kind, (suppressed) => ctx.log.error({ err, ...meta, othersNotLogged: suppressed }, 'interaction failed'));
  }
  const message = { content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS } as const;
  try {
    // "Working on it", or a private deferral (/add, /reindex): the placeholder only the user saw becomes the message.
    const privatePlaceholder = noticeShown || (interaction.deferred && !interaction.replied && interaction.ephemeral === true);
    if (privatePlaceholder) {
      await interaction.editReply(textPayload(content));
    } else if (interaction.deferred || interaction.replied) {
      await interaction.followUp(message);
    } else if (!waitedPast(interaction, 'expireAfterMs')) {
      await interaction.reply(message);
    }
  } catch (sendErr) {
    ctx.failures.note('tell-user', (suppressed) =>
      ctx.log.warn({ err: sendErr, ...meta, othersNotLogged: suppressed }, 'could not tell the user about a failed interaction'),
    );
  }
}

/**
 * At shutdown: turns every private placeholder still waiting ("working on it", a deferral's "thinking…") into its restart
 * notice (USER_MESSAGES.restarting, .restartingUnfinished), as the answer or result will never come from this process.
 * The edits go out together and are waited for at most `waitMs` (DISCORD_DEFAULTS.shutdownNoticeWaitMs), so a Discord
 * REST outage cannot hold the shutdown; a failed or unfinished edit is logged at warn, never thrown. Interactions already
 * answered are not in the map and are not touched.
 */
export async function tellWaitingRestarting(log: Logger, waitMs: number): Promise<void> {
  const waiting = [...working];
  if (waiting.length === 0) return;
  // Left in the map: should the answer still be sent before the process ends, it replaces this notice as it would the first.
  let settled = 0;
  const edits = waiting.map(([interaction, notice]) =>
    interaction
      .editReply(textPayload(notice))
      .then(
        () => undefined,
        (err: unknown) =>
          log.warn(
            { err, command: interactionName(interaction), user: hashUserId(interaction.user.id) },
            'could not tell the user the bot is restarting',
          ),
      )
      .finally(() => (settled += 1)),
  );
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timed out'>((resolve) => (timer = setTimeout(() => resolve('timed out'), waitMs)));
  const outcome = await Promise.race([Promise.all(edits), timedOut]);
  clearTimeout(timer);
  if (outcome === 'timed out') {
    log.warn(
      { waiting: waiting.length, unfinished: waiting.length - settled, waitMs },
      'shutdown did not wait longer for the restart notices',
    );
  }
}
