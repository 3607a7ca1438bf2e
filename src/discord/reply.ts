import {
  MessageFlags,
  type APIActionRowComponent,
  type APIButtonComponent,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
} from 'discord.js';
import { fitContent, fitEmbed, type EmbedData } from './limits.js';

/** What a command answers, before it becomes a Discord payload. Renderers build these; the console prints them. */
export interface MessageView {
  content?: string;
  embeds?: EmbedData[];
  components?: APIActionRowComponent<APIButtonComponent>[];
  ephemeral?: boolean;
  /** Files sent with the message (multipart `files[n]`); names must be ASCII for `attachment://` to find them. */
  files?: { name: string; data: Buffer; description?: string }[];
}

/** Nobody is ever pinged by what withk says: not @everyone, roles or users, whatever the catalog or a user typed. */
export const NO_MENTIONS = { parse: [] as [] };

/** Turns a view into a payload within Discord's limits, mentions off. */
export function toPayload(view: MessageView) {
  return {
    content: view.content === undefined ? undefined : fitContent(view.content),
    embeds: (view.embeds ?? []).slice(0, 10).map(fitEmbed),
    components: view.components ?? [],
    allowedMentions: NO_MENTIONS,
    ...(view.files
      ? { files: view.files.map((file) => ({ attachment: file.data, name: file.name, description: file.description })) }
      : {}),
  };
}

type Answerable = ChatInputCommandInteraction | ButtonInteraction;

/**
 * Replies, or edits the deferred reply, whichever the interaction needs now. A private view never replaces a
 * public placeholder: the placeholder is removed and the view goes as a private follow-up instead.
 */
export async function answer(interaction: Answerable, view: MessageView): Promise<void> {
  const payload = toPayload(view);
  if (view.ephemeral && interaction.deferred && !interaction.ephemeral && !interaction.replied) {
    if (interaction.isChatInputCommand()) await interaction.deleteReply();
    await interaction.followUp({ ...payload, flags: MessageFlags.Ephemeral });
    return;
  }
  if (interaction.deferred || interaction.replied) {
    await interaction.editReply(payload);
    return;
  }
  await interaction.reply({ ...payload, flags: view.ephemeral ? MessageFlags.Ephemeral : undefined });
}

/** An ephemeral note only the person who asked sees; after a public defer it must go as a follow-up. */
export async function answerPrivately(interaction: Answerable, content: string): Promise<void> {
  const payload = {
    content: fitContent(content),
    allowedMentions: NO_MENTIONS,
    flags: MessageFlags.Ephemeral as const,
  };
  if (interaction.deferred && interaction.ephemeral) {
    await interaction.editReply({ content: payload.content, allowedMentions: NO_MENTIONS });
  } else if (interaction.deferred && !interaction.replied && interaction.isChatInputCommand()) {
    // A public "thinking…" placeholder would stay in the channel: remove it, then answer privately.
    await interaction.deleteReply();
    await interaction.followUp(payload);
  } else if (interaction.deferred || interaction.replied) {
    await interaction.followUp(payload);
  } else {
    await interaction.reply(payload);
  }
}
