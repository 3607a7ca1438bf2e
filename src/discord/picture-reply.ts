import type { ButtonInteraction, ChatInputCommandInteraction } from 'discord.js';
import { picturesEnabled } from '../services/picture-settings.js';
import type { Deps } from './command.js';
import {
  pictureCache,
  pictureLabels,
  type Picture,
  type PictureLocale,
  type PictureRequest,
} from './render/pictures/index.js';
import { answer, toPayload, type MessageView } from './reply.js';

/** The view with the picture attached and shown inside its first embed. */
export function withPicture(view: MessageView, picture: Picture): MessageView {
  const [first, ...rest] = view.embeds ?? [];
  const image = { url: `attachment://${picture.name}` };
  return {
    ...view,
    embeds: first ? [{ ...first, image }, ...rest] : [{ image }],
    files: [...(view.files ?? []), { name: picture.name, data: picture.png }],
  };
}

/** The view as text, with one line saying the picture could not be drawn. */
export function withPictureNote(view: MessageView, locale: PictureLocale): MessageView {
  const note = pictureLabels(locale).words.noPicture;
  return { ...view, content: view.content ? `${note}\n${view.content}` : note };
}

/**
 * Answers with the view and, when `request` is given, its picture. A kept picture goes out at once; otherwise the
 * interaction is deferred (Discord's 3 s window) while it is drawn. If drawing fails the answer still goes out, as
 * text with a one-line note: a picture never costs the answer.
 */
export async function answerWithPicture(
  interaction: ChatInputCommandInteraction | ButtonInteraction,
  view: MessageView,
  request: PictureRequest | undefined,
  deps: Pick<Deps, 'logger'>,
  locale: PictureLocale,
  mode: 'reply' | 'update' = 'reply',
): Promise<void> {
  const send = (final: MessageView) =>
    mode === 'update' ? update(interaction as ButtonInteraction, final) : answer(interaction, final);
  if (!request) return send(view);
  const kept = pictureCache.peek(request.key);
  if (kept) return send(withPicture(view, kept));
  if (!interaction.deferred && !interaction.replied) {
    if (mode === 'update') await (interaction as ButtonInteraction).deferUpdate();
    else await interaction.deferReply(view.ephemeral ? { flags: 64 } : {});
  }
  let picture: Picture;
  try {
    picture = await pictureCache.get(request);
  } catch (error) {
    deps.logger.warn(
      { err: error, picture: request.key, interactionId: interaction.id },
      'picture drawing failed; answering as text',
    );
    return send(withPictureNote(view, locale));
  }
  return send(withPicture(view, picture));
}

async function update(interaction: ButtonInteraction, view: MessageView): Promise<void> {
  if (interaction.deferred || interaction.replied) await interaction.editReply(toPayload(view));
  else await interaction.update(toPayload(view));
}

/**
 * Whether this answer gets a picture: the `picture` option when given, else the server's choice (`/pictures`),
 * and never when the operator turned pictures off.
 */
export async function wantsPicture(
  interaction: ChatInputCommandInteraction,
  deps: Pick<Deps, 'store' | 'config'>,
): Promise<boolean> {
  if (deps.config.pictures === false) return false;
  return interaction.options.getBoolean('picture') ?? (await picturesEnabled(deps.store, interaction.guildId));
}
