import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answer, followUpOf, type FollowUp } from '../../src/answer/answer.js';
import type { Answer, AskCommand } from '../../src/answer/types.js';
import { listSources } from '../../src/present/sources.js';
import { USER_MESSAGES } from '../../src/user-messages.js';
import type { Coverage } from '../../src/coverage/types.js';
import { escapeText, unescapeText } from '../../src/discord/format/text.js';
import { runCli } from '../support/run-cli.js';
import { expectWithinLimits } from './support/expect-within-limits.js';
import { FakeDiscord, type FakeUser, type Json } from './support/fake-discord.js';
import { SEEDS_DIR } from '../support/seed-coverage.js';
import { useSeedBot, startTestBot } from './support/test-bot.js';

const RATE_LIMIT = { limit: 3, windowMs: 30_000 };

let coverage: Coverage;
let fake: FakeDiscord;
useSeedBot(
  (s) => ({ coverage, fake } = s),
  (f) => ({ rateLimit: RATE_LIMIT, ownerIds: [f.asker.id] }),
);

/** The quoted sentence of an answer embed, as plain text. */
const quotedSentence = (embed: Json): string => unescapeText(embed.description.split('\n')[0].replace(/^> /, '').replaceAll('**', ''));

describe('/when and the other question commands', () => {
  it('answers /when did they meet with a meeting sentence, its date in bold, quoted verbatim from the cited article', async () => {
    const i = fake.command('when', { question: 'did they meet' }, { from: fake.newUser() });
    const call = await fake.callbackTo(i);
    expect(call.body.type).toBe(4);
    const [embed] = call.body.data.embeds;
    expect(embed.title).toBe('did they meet');
    const sentence = quotedSentence(embed);
    expect(sentence).toMatch(/\b(met|meet|meeting|summit|talks)\b/i);
    expect(embed.description.split('\n')[0]).toMatch(/\*\*[^*]+\*\*/);
    // The citation names an article, and that article holds the sentence word for word.
    const cited = listSources(coverage).find(
      (s) => s.article.title && embed.description.split('\n')[1].includes(escapeText(s.article.title)),
    );
    expect(cited).toBeDefined();
    expect(coverage.byId.get(cited!.article.id)!.text).toContain(sentence);
    expect(embed.footer.text).toContain('Quoted verbatim from the coverage');
    expectWithinLimits(call.body.data);
  });

  it('answers /who with a person excerpt, using the command name as the answer-type hint', async () => {
    const i = fake.command('who', { question: 'denied the reports of a phone call' }, { from: fake.newUser() });
    const call = await fake.callbackTo(i);
    const [embed] = call.body.data.embeds;
    const feedback = call.body.data.components[0].components.find((b: Json) => b.custom_id.startsWith('f1|u|'));
    expect(feedback.custom_id.split('|')[2]).toBe('person');
    expect(embed.description).toMatch(/\*\*[^*]+\*\*/);
  });

  it('sends allowed_mentions with no parse, so @everyone in a question pings nobody', async () => {
    // prettier-ignore
    const i = fake.command('ask', { question: '@everyone when did Trump and Putin meet <@&123456789012345678>?' }, { from: fake.newUser() });
    const call = await fake.callbackTo(i);
    expect(call.body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(JSON.stringify(call.body.data.embeds)).not.toMatch(/@everyone|<@&\d/);
  });

  it('answers a 5,000-character question within every Discord limit, saying it was cut', async () => {
    const text = readFileSync(`${SEEDS_DIR}/004_e0ba8cc3a8df5508.txt`, 'utf8').slice(0, 5000);
    const i = fake.command('ask', { question: text }, { from: fake.newUser() });
    const call = await fake.callbackTo(i);
    expect(call.body.type).toBe(4);
    expectWithinLimits(call.body.data);
    expect(call.body.data.embeds[0].description).toContain('answered on its first 500 characters');
  });

  it('tells a user over the question limit, only them, when they may ask again', async () => {
    const user = fake.newUser();
    for (let n = 0; n < RATE_LIMIT.limit; n++) {
      // prettier-ignore
      expect((await fake.callbackTo(fake.command('when', { question: 'did they meet' }, { from: user }))).body.data.embeds).toHaveLength(1);
    }
    const over = await fake.callbackTo(fake.command('when', { question: 'did they meet' }, { from: user }));
    expect(over.body.data.flags).toBe(64);
    expect(over.body.data.content).toMatch(/^You are asking quickly\. Please wait \d+ seconds? before the next question\.$/);
    // Another user is not affected.
    // prettier-ignore
    expect((await fake.callbackTo(fake.command('when', { question: 'did they meet' }, { from: fake.newUser() }))).body.data.embeds).toHaveLength(1);
  });

  it('does not limit the owners named in OWNER_IDS', async () => {
    for (let n = 0; n <= RATE_LIMIT.limit; n++) {
      const call = await fake.callbackTo(fake.command('who', { question: 'is Peskov' }, { from: fake.asker }));
      expect(call.body.data.embeds).toHaveLength(1);
    }
  });

  it('asks for words when the question is only markup', async () => {
    const call = await fake.callbackTo(fake.command('ask', { question: '** __ **' }, { from: fake.newUser() }));
    expect(call.body.data).toMatchObject({ flags: 64, content: 'Ask a question in words, for example `/when did Trump and Putin meet`.' });
  });
});

describe('while the coverage is still loading', () => {
  it('tells only the asker it is working on it within the deadline, then posts the answer publicly and removes the notice', async () => {
    const early = await FakeDiscord.start();
    const starting = await startTestBot(early, { coverage: null });
    try {
      const i = early.command('when', { question: 'did they meet' });
      const notice = await early.callbackTo(i);
      expect(notice.body).toEqual({ type: 4, data: expect.objectContaining({ content: USER_MESSAGES.workingOnIt, flags: 64 }) });
      expect(notice.body.data.allowed_mentions).toMatchObject({ parse: [] });
      starting.slot.set(coverage);
      const followUp = `/api/v10/webhooks/${early.applicationId}/${i.token}`;
      const answer = await early.waitForCall((c) => c.method === 'POST' && c.path === followUp);
      expect(answer.body.flags ?? 0).toBe(0);
      expect(answer.body.embeds[0].title).toBe('did they meet');
      expect(answer.body.embeds[0].description).toMatch(/\*\*[^*]+\*\*/);
      await early.waitForCall((c) => c.method === 'DELETE' && c.path.endsWith(`/${i.token}/messages/@original`));
      // The answer is the follow-up, public; nothing public ever said "working on it" or was edited.
      expect(early.calls.some((c) => c.method === 'PATCH' && c.path.includes(`/${i.token}/`))).toBe(false);
    } finally {
      await starting.stop();
      await early.stop();
    }
  });

  it('replaces the notice with an answer only the user sees (Context), text and all', async () => {
    const early = await FakeDiscord.start();
    const starting = await startTestBot(early, { coverage: null });
    try {
      // An answer from the loaded bot, its Context button clicked where the coverage is still loading.
      const asked = fake.command('when', { question: 'did they meet' }, { from: fake.newUser() });
      await fake.callbackTo(asked);
      const message = fake.responseTo(asked)!;
      const buttons: Json[] = message.components.flatMap((row: Json) => row.components);
      const i = early.click(message, buttons.find((b) => b.custom_id.startsWith('c1|'))!.custom_id);
      expect((await early.callbackTo(i)).body).toMatchObject({ type: 4, data: { content: USER_MESSAGES.workingOnIt, flags: 64 } });
      starting.slot.set(coverage);
      const edit = await early.waitForCall((c) => c.method === 'PATCH' && c.path.endsWith(`/${i.token}/messages/@original`));
      expect(edit.body.content).toBe('');
      expect(edit.body.embeds).toHaveLength(1);
      expect(early.responseTo(i)).toMatchObject({ flags: 64, content: '' });
    } finally {
      await starting.stop();
      await early.stop();
    }
  });
});

describe('every surface', () => {
  /** Golden questions (test/answer/golden.test.ts) as each surface takes them: a command and its question. */
  const ASKED: [AskCommand, string][] = [
    ['when', 'did they meet'],
    ['who', 'heads the Foreign Affairs Committee of the State Duma?'],
    ['where', 'were Russia-U.S. talks arranged for Monday?'],
    ['ask', 'Which polling firm surveyed several European countries?'],
    ['ask', 'How many working groups did the Russian side propose?'],
    ['ask', 'Did the Kremlin confirm the reports of a phone conversation?'],
  ];
  const lines = ASKED.map(([command, question]) => (command === 'ask' ? question : `/${command} ${question}`)).join('\n');

  it('gives the same top excerpt to the same question in the CLI, the REPL, Discord and answer() in this process', async () => {
    // The CLI and the REPL are fresh processes; this process's wink instance has read every earlier test's text.
    const [cli, repl] = await Promise.all([
      runCli('src/cli/ask.ts', ['--json', '--batch'], `${lines}\n`),
      runCli('src/cli/repl.ts', [], `${lines}\n`),
    ]);
    expect(cli.code).toBe(0);
    expect(repl.code).toBe(0);
    const fromCli = cli.stdout
      .trimEnd()
      .split('\n')
      .map((l) => (JSON.parse(l) as { excerpts: { text: string }[] }).excerpts[0]?.text);
    const replLines = repl.stdout.split('\n');
    for (const [k, [command, question]] of ASKED.entries()) {
      const here = answer(coverage, question, command === 'ask' ? null : command).excerpts[0]?.text;
      expect(here, question).toBeDefined();
      expect(fromCli[k], question).toBe(here);
      expect(replLines, question).toContain(here);
      const i = fake.command(command, { question }, { from: fake.newUser() });
      expect(quotedSentence((await fake.callbackTo(i)).body.data.embeds[0]), question).toBe(here);
    }
  });
});

describe('one conversation on every surface', () => {
  const FIRST = 'who is the Kremlin spokesman?';
  /** The README's pair, and a follow-up whose "he" stands for the spokesman. */
  const CONVERSATIONS = [
    [FIRST, '/where did they meet'],
    [FIRST, 'and what did he say about the calls?'],
  ];
  /** The lines' answers in one conversation in this process, as askInConversation asks them. */
  const conversed = (lines: string[]): Answer[] => {
    let followUp: FollowUp = {};
    return lines.map((line) => {
      const [, command, question] = /^(?:\/(\w+) )?(.*)$/.exec(line)!;
      const a = answer(coverage, question, (command as AskCommand | undefined) ?? null, followUp);
      followUp = followUpOf(a);
      return a;
    });
  };
  /** The bot's reply to a DM, sent as a message. */
  const dmReply = async (line: string, from: FakeUser): Promise<Json> => {
    const id = fake.post(line, { dm: true, from });
    const call = await fake.waitForCall((c) => c.method === 'POST' && c.body?.message_reference?.message_id === id);
    return call.body.embeds[0];
  };
  /** The bot's reply to a line run as a slash command in the DM: `/where did they meet`, or `/ask` with a plain line. */
  const slashReply = async (line: string, from: FakeUser): Promise<Json> => {
    const [, command = 'ask', question] = /^(?:\/(\w+) )?(.*)$/.exec(line)!;
    return (await fake.callbackTo(fake.command(command, { question }, { dm: true, from }))).body.data.embeds[0];
  };

  it('gives the same lines the same answers in ask --batch, the REPL and a DM, typed as messages or slash commands', async () => {
    const runs = await Promise.all(
      CONVERSATIONS.flatMap((lines) => [
        runCli('src/cli/ask.ts', ['--json', '--batch'], `${lines.join('\n')}\n`),
        runCli('src/cli/repl.ts', [], `${lines.join('\n')}\n`),
      ]),
    );
    for (const [k, lines] of CONVERSATIONS.entries()) {
      const expected = conversed(lines).map((a) => a.excerpts[0]?.text);
      const [cli, repl] = runs.slice(2 * k, 2 * k + 2);
      const fromCli = cli.stdout
        .trimEnd()
        .split('\n')
        .map((l) => (JSON.parse(l) as { excerpts: { text: string }[] }).excerpts[0]?.text);
      expect(fromCli, lines[1]).toEqual(expected);
      // Each REPL answer starts at an unindented line, its quoted excerpt first.
      expect(
        repl.stdout.split(/\n(?=\S)/).map((block) => block.split('\n')[0]),
        lines[1],
      ).toEqual(expected);
      const [messages, slashes, mixed] = [fake.newUser(), fake.newUser(), fake.newUser()];
      for (const [i, line] of lines.entries()) {
        expect(quotedSentence(await dmReply(line, messages)), line).toBe(expected[i]);
        expect(quotedSentence(await slashReply(line, slashes)), line).toBe(expected[i]);
        // A DM begun with a message and followed up with a slash command is one conversation too.
        const reply = i === 0 ? await dmReply(line, mixed) : await slashReply(line, mixed);
        expect(quotedSentence(reply), line).toBe(expected[i]);
      }
    }
  });

  it('answers the README\'s pair "Elmendorf-Richardson military base" on its second line, in a server only when asked alone', async () => {
    const [, met] = conversed(CONVERSATIONS[0]);
    expect(met.excerpts[0].answer).toBe('Elmendorf-Richardson military base');
    // In a server each question stands alone: its public reply is read by people who did not see the one before.
    const from = fake.newUser();
    await fake.callbackTo(fake.command('ask', { question: CONVERSATIONS[1][0] }, { from }));
    const alone = answer(coverage, CONVERSATIONS[1][1]);
    expect(alone.excerpts[0].text).not.toBe(conversed(CONVERSATIONS[1])[1].excerpts[0].text);
    const reply = (await fake.callbackTo(fake.command('ask', { question: CONVERSATIONS[1][1] }, { from }))).body.data.embeds[0];
    expect(quotedSentence(reply)).toBe(alone.excerpts[0].text);
  });
});
