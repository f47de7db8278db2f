/**
 * Hard limits of the Discord API (https://discord.com/developers/docs/resources/message#embed-object-embed-limits).
 * A message over any of them is rejected with a 400, so every formatter fits its output to these.
 * Lengths are counted in UTF-16 code units, which is never less than what Discord counts.
 */
export const DISCORD_LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooterText: 2048,
  embedAuthorName: 256,
  /** Sum of title, description, field names and values, footer text and author name. */
  embedTotal: 6000,
  customId: 100,
  buttonLabel: 80,
  buttonsPerRow: 5,
} as const;
