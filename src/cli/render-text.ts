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

/** Discord Markdown and timestamps, read as plain text in a terminal. */
function plain(text: string): string {
  return text
    .replace(/<t:(\d+)(?::\w)?>/g, (_, seconds: string) => new Date(Number(seconds) * 1000).toLocaleString())
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/(?<!\\)\*(.+?)(?<!\\)\*/g, '$1')
    .replace(/\\([\\*_`~|>#\-[\]()])/g, '$1');
}

/** Prints what a command sent, as a person would read it in Discord. */
export function renderReplyAsText({ kind, payload }: ConsoleReply): string {
  if (kind === 'choices') {
    const choices = payload.choices as { name: string; value: string }[];
    return choices.length ? choices.map((c) => `  • ${c.name}`).join('\n') : '  (no suggestions)';
  }
  const lines: string[] = [];
  if (payload.flags) lines.push('(only you can see this)');
  if (typeof payload.content === 'string' && payload.content) lines.push(plain(payload.content));
  for (const embed of (payload.embeds ?? []) as Embed[]) {
    if (embed.title) lines.push('', `━━ ${plain(embed.title)} ━━`);
    if (embed.description) lines.push(plain(embed.description));
    for (const field of embed.fields ?? []) lines.push('', `▸ ${plain(field.name)}`, indent(plain(field.value)));
    if (embed.footer) lines.push('', `— ${plain(embed.footer.text)}`);
  }
  for (const file of (payload.files ?? []) as { name?: string; attachment?: Buffer }[]) {
    lines.push(
      '',
      `[picture attached: ${file.name ?? 'file'}, ${Math.round((file.attachment?.length ?? 0) / 1024)} kB]`,
    );
  }
  const buttons = ((payload.components ?? []) as Row[]).flatMap((row) => row.components);
  if (buttons.length) {
    lines.push(
      '',
      buttons.map((b) => (b.disabled ? `(${b.label})` : `[${b.label}]`)).join(' '),
      'Type "next" or "prev" to turn the page.',
    );
  }
  return lines.join('\n');
}

const indent = (text: string) =>
  text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
