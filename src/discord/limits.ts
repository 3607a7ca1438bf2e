/**
 * Discord's message limits, in one place. Every renderer goes through these helpers, so nothing we send is
 * refused for being too long. https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 *
 * What Discord counts: Unicode code points (its API measures strings with Python's len(), as Discord staff
 * confirmed in discord-api-docs#1315; the OpenAPI spec's maxLength counts the same). These helpers count UTF-16
 * units (JavaScript's `length`), which equal code points for Hangul, kana and common kanji (all in the Basic
 * Multilingual Plane), so Korean and Japanese text gets the full limit, and exceed them only for emoji and other
 * astral characters, where our count errs on the safe side.
 */
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  embedTotal: 6000,
  embedsPerMessage: 10,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  customId: 100,
  buttonLabel: 80,
} as const;

/** Shortens text to at most `max` UTF-16 units, ending with "…", never cutting a character (an emoji) in half. */
export function truncate(text: string, max: number): string {
  // Code points never outnumber UTF-16 units, so short text needs no splitting (the common case, on every field).
  if (text.length <= max) return text;
  const chars = Array.from(text);
  let out = '';
  for (const char of chars) {
    if (out.length + char.length > max - 1) break;
    out += char;
  }
  return `${out}…`;
}

export interface EmbedData {
  title?: string;
  description?: string;
  url?: string;
  color?: number;
  fields?: { name: string; value: string; inline?: boolean }[];
  footer?: { text: string };
  timestamp?: string;
  /** A picture shown inside the embed; `attachment://<name>` points at a file sent with the message. */
  image?: { url: string };
}

/**
 * Makes an embed valid: each part within its limit, empty fields dropped (Discord refuses empty values),
 * at most 25 fields, and the whole under 6000 characters by dropping trailing fields with a note.
 */
export function fitEmbed(embed: EmbedData): EmbedData {
  const fitted: EmbedData = { ...embed };
  if (embed.title !== undefined) fitted.title = truncate(embed.title || '—', LIMITS.embedTitle);
  if (embed.description !== undefined) fitted.description = truncate(embed.description, LIMITS.embedDescription);
  if (embed.footer) fitted.footer = { text: truncate(embed.footer.text, LIMITS.footerText) };
  const fields = (embed.fields ?? [])
    .filter((field) => field.name.trim() && field.value.trim())
    .map((field) => ({
      ...field,
      name: truncate(field.name, LIMITS.fieldName),
      value: truncate(field.value, LIMITS.fieldValue),
    }));
  fitted.fields = fields.slice(0, LIMITS.embedFields);
  while (embedLength(fitted) > LIMITS.embedTotal && fitted.fields.length > 0) fitted.fields.pop();
  if (embedLength(fitted) > LIMITS.embedTotal && fitted.description) {
    fitted.description = truncate(
      fitted.description,
      Math.max(1, fitted.description.length - (embedLength(fitted) - LIMITS.embedTotal)),
    );
  }
  if (fitted.fields.length === 0) delete fitted.fields;
  return fitted;
}

/** Characters Discord counts toward the 6000 total: title, description, field names and values, footer. */
export function embedLength(embed: EmbedData): number {
  const fields = (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  return (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + fields + (embed.footer?.text.length ?? 0);
}

/** Autocomplete choices within Discord's limits: 25 at most, names and values of 1–100 characters. */
export function fitChoices(choices: readonly { name: string; value: string }[]): { name: string; value: string }[] {
  return choices
    .filter((choice) => choice.value.length > 0 && choice.value.length <= LIMITS.choiceValue)
    .slice(0, LIMITS.choices)
    .map((choice) => ({ name: truncate(choice.name.trim() || choice.value, LIMITS.choiceName), value: choice.value }));
}

/** Plain text content within 2000 characters. */
export const fitContent = (text: string) => truncate(text, LIMITS.content);
