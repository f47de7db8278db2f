import { embedLength, type APIEmbed } from 'discord.js';
import { expect } from 'vitest';
import { DISCORD_LIMITS as L } from '../../../src/discord/format/text.js';
import type { Json } from './fake-discord.js';

/** Asserts that a message body (as formatted, or as sent over REST) is one Discord would accept. */
export function expectWithinLimits(message: { content?: string; embeds?: APIEmbed[]; components?: Json[] }): void {
  expect((message.content ?? '').length).toBeLessThanOrEqual(L.content);
  for (const embed of message.embeds ?? []) {
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(L.embedTitle);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(L.embedDescription);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(L.embedFields);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeGreaterThan(0);
      expect(field.name.length).toBeLessThanOrEqual(L.embedFieldName);
      expect(field.value.length).toBeGreaterThan(0);
      expect(field.value.length).toBeLessThanOrEqual(L.embedFieldValue);
    }
    expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(L.embedFooterText);
    expect(embedLength(embed)).toBeLessThanOrEqual(L.embedTotal);
  }
  for (const row of message.components ?? []) {
    expect(row.components.length).toBeLessThanOrEqual(L.buttonsPerRow);
    for (const button of row.components) {
      expect(button.custom_id.length).toBeLessThanOrEqual(L.customId);
      expect(button.label?.length ?? 0).toBeLessThanOrEqual(L.buttonLabel);
    }
  }
}
