import { pino, type Logger } from 'pino';

export type { Logger };

export interface LoggerOptions {
  level: string;
  /** Strings that must never be written, whatever object or error carries them (the bot token, API keys). */
  secrets?: (string | undefined)[];
  /** Where lines go; stdout by default. */
  write?: (line: string) => void;
}

/**
 * A pino logger whose every output line is scrubbed of the secrets. Redacting known paths is not enough:
 * a token can hide in an error message or a URL, so the final text is checked instead.
 */
export function createLogger({
  level,
  secrets = [],
  write = (line) => process.stdout.write(line),
}: LoggerOptions): Logger {
  const hidden = secrets.filter((secret): secret is string => typeof secret === 'string' && secret.length >= 8);
  const scrub = (line: string) => hidden.reduce((text, secret) => text.split(secret).join('[redacted]'), line);
  return pino(
    {
      level,
      redact: { paths: ['token', '*.token', 'headers.authorization', '*.headers.authorization'], censor: '[redacted]' },
    },
    { write: (line: string) => write(scrub(line)) },
  );
}
