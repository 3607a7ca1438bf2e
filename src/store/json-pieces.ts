/** Characters per piece: stringifying and encoding one takes a few milliseconds. */
const PIECE_LENGTH = 128 * 1024;

/**
 * The text of JSON.stringify(value) (compact), as pieces of about `pieceLength` characters: an object's list values
 * are stringified an item at a time, anything else whole. Writing a 50 MB catalog this way never builds its text
 * as one string, and no single piece keeps the event loop busy for long.
 */
export function* jsonPieces(value: unknown, pieceLength = PIECE_LENGTH): Generator<string, void, void> {
  if (!isPlainObject(value)) {
    const text = JSON.stringify(value);
    if (text !== undefined) yield text;
    return;
  }
  let parts: string[] = [];
  let length = 0;
  const add = (text: string) => {
    parts.push(text);
    length += text.length;
  };
  const full = () => length >= pieceLength;
  const take = () => {
    const piece = parts.join('');
    parts = [];
    length = 0;
    return piece;
  };
  let first = true;
  add('{');
  for (const key of Object.keys(value)) {
    const field = value[key];
    const whole = Array.isArray(field) ? undefined : JSON.stringify(field);
    // JSON.stringify leaves out keys whose value it cannot write (undefined, functions, symbols).
    if (!Array.isArray(field) && whole === undefined) continue;
    add(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    if (!Array.isArray(field)) {
      add(whole!);
      if (full()) yield take();
      continue;
    }
    add('[');
    for (let i = 0; i < field.length; i++) {
      // In a list, what JSON.stringify cannot write becomes null.
      add(`${i === 0 ? '' : ','}${JSON.stringify(field[i]) ?? 'null'}`);
      if (full()) yield take();
    }
    add(']');
  }
  add('}');
  yield take();
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  typeof (value as { toJSON?: unknown }).toJSON !== 'function';
