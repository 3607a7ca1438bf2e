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
 * The view with its pictures: the first shown inside the view's first embed, each further one in an embed of its
 * own after the view's (Discord shows one image per embed).
 */
export function withPictures(view: MessageView, pictures: readonly Picture[]): MessageView {
  const [first, ...rest] = pictures;
  if (!first) return view;
  const shown = withPicture(view, first);
  const color = view.embeds?.[0]?.color;
  return {
    ...shown,
    embeds: [
      ...(shown.embeds ?? []),
      ...rest.map((picture) => ({
        ...(color === undefined ? {} : { color }),
        image: { url: `attachment://${picture.name}` },
      })),
    ],
    files: [...(shown.files ?? []), ...rest.map((picture) => ({ name: picture.name, data: picture.png }))],
  };
}

/**
 * Answers with the view and, when requests are given, their pictures. Kept pictures go out at once; otherwise the
 * interaction is deferred (Discord's 3 s window) while they are drawn. If a drawing fails the answer still goes
 * out, with the pictures that were drawn and a one-line note: a picture never costs the answer.
 */
export async function answerWithPicture(
  interaction: ChatInputCommandInteraction | ButtonInteraction,
  view: MessageView,
  request: PictureRequest | readonly PictureRequest[] | undefined,
  deps: Pick<Deps, 'logger'>,
  locale: PictureLocale,
  mode: 'reply' | 'update' = 'reply',
): Promise<void> {
  const send = (final: MessageView) =>
    mode === 'update' ? update(interaction as ButtonInteraction, final) : answer(interaction, final);
  const requests: readonly PictureRequest[] = request === undefined ? [] : 'key' in request ? [request] : request;
  if (requests.length === 0) return send(view);
  const kept = requests.map((r) => pictureCache.peek(r.key));
  if (kept.every((picture) => picture !== undefined)) return send(withPictures(view, kept as Picture[]));
  if (!interaction.deferred && !interaction.replied) {
    if (mode === 'update') await (interaction as ButtonInteraction).deferUpdate();
    else await interaction.deferReply(view.ephemeral ? { flags: 64 } : {});
  }
  const drawn = await Promise.allSettled(requests.map((r) => pictureCache.get(r)));
  const pictures: Picture[] = [];
  drawn.forEach((result, i) => {
    if (result.status === 'fulfilled') pictures.push(result.value);
    else
      deps.logger.warn(
        { err: result.reason, picture: requests[i]!.key, interactionId: interaction.id },
        'picture drawing failed; answering as text',
      );
  });
  const final = withPictures(view, pictures);
  return send(pictures.length < requests.length ? withPictureNote(final, locale) : final);
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
