import { t, type Locale } from '../i18n/index.js';
import type { ConsoleReply } from './console-interaction.js';

interface Embed {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
}
interface Row {
  components: { label?: string; disabled?: boolean }[];
}

/** Discord Markdown and timestamps, read as plain text in a terminal (timestamps in the reader's language, as Discord shows them). */
function plain(text: string, locale: Locale): string {
  return text
    .replace(/<t:(\d+)(?::\w)?>/g, (_, seconds: string) => new Date(Number(seconds) * 1000).toLocaleString(locale))
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/(?<!\\)\*(.+?)(?<!\\)\*/g, '$1')
    .replace(/\\([\\*_`~|>#\-[\]()])/g, '$1');
}

/** Prints what a command sent, as a person reading `locale` would read it in Discord. */
export function renderReplyAsText({ kind, payload }: ConsoleReply, locale: Locale): string {
  if (kind === 'choices') {
    const choices = payload.choices as { name: string; value: string }[];
    return choices.length ? choices.map((c) => `  • ${c.name}`).join('\n') : `  ${t(locale, 'console.noSuggestions')}`;
  }
  const lines: string[] = [];
  if (payload.flags) lines.push(t(locale, 'console.onlyYou'));
  if (typeof payload.content === 'string' && payload.content) lines.push(plain(payload.content, locale));
  for (const embed of (payload.embeds ?? []) as Embed[]) {
    if (embed.title) lines.push('', `━━ ${plain(embed.title, locale)} ━━`);
    if (embed.description) lines.push(plain(embed.description, locale));
    for (const field of embed.fields ?? [])
      lines.push('', `▸ ${plain(field.name, locale)}`, indent(plain(field.value, locale)));
    if (embed.footer) lines.push('', `— ${plain(embed.footer.text, locale)}`);
  }
  for (const file of (payload.files ?? []) as { name?: string; attachment?: Buffer }[]) {
    lines.push(
      '',
      t(locale, 'console.pictureAttached', {
        name: file.name ?? 'file',
        size: Math.round((file.attachment?.length ?? 0) / 1024),
      }),
    );
  }
  const buttons = ((payload.components ?? []) as Row[]).flatMap((row) => row.components);
  if (buttons.length) {
    lines.push(
      '',
      buttons.map((b) => (b.disabled ? `(${b.label})` : `[${b.label}]`)).join(' '),
      t(locale, 'console.turnPage'),
    );
  }
  return lines.join('\n');
}

const indent = (text: string) =>
  text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
