/** A finished picture: an ASCII file name (Discord renames others, which breaks `attachment://`) and its PNG. */
export interface Picture {
  name: string;
  png: Buffer;
}

/** What to draw and under which key; the key names the catalog version, the request and the language. */
export interface PictureRequest {
  key: string;
  name: string;
  draw: () => Promise<Buffer>;
}

/**
 * Finished pictures, least recently used dropped first once their PNG bytes pass `maxBytes`. Concurrent requests
 * for the same key share one drawing. A picture depends only on its key, so it is drawn once while it is kept.
 */
export function createPictureCache(maxBytes: number) {
  const kept = new Map<string, Picture>();
  const drawing = new Map<string, Promise<Picture>>();
  let bytes = 0;

  function remember(key: string, picture: Picture): void {
    if (picture.png.length > maxBytes) return;
    kept.set(key, picture);
    bytes += picture.png.length;
    for (const [oldKey, old] of kept) {
      if (bytes <= maxBytes) break;
      kept.delete(oldKey);
      bytes -= old.png.length;
    }
  }

  return {
    /** The kept picture for `key`, marked as just used; undefined when it would have to be drawn. */
    peek(key: string): Picture | undefined {
      const picture = kept.get(key);
      if (picture) {
        kept.delete(key);
        kept.set(key, picture);
      }
      return picture;
    },
    /** The picture for the request: kept, being drawn, or drawn now. A failed drawing is not kept. */
    get(request: PictureRequest): Promise<Picture> {
      const hit = this.peek(request.key);
      if (hit) return Promise.resolve(hit);
      let pending = drawing.get(request.key);
      if (!pending) {
        pending = request
          .draw()
          .then((png) => {
            const picture = { name: request.name, png };
            remember(request.key, picture);
            return picture;
          })
          .finally(() => drawing.delete(request.key));
        drawing.set(request.key, pending);
      }
      return pending;
    },
    get bytes() {
      return bytes;
    },
    get size() {
      return kept.size;
    },
    clear() {
      kept.clear();
      bytes = 0;
    },
  };
}

export type PictureCache = ReturnType<typeof createPictureCache>;

const versions = new WeakMap<object, number>();
let nextVersion = 1;

/** A number per catalog version (per index object), for cache keys: an import makes a new index, so new keys. */
export function versionOf(index: object): number {
  let version = versions.get(index);
  if (version === undefined) versions.set(index, (version = nextVersion++));
  return version;
}

/** An ASCII file name Discord keeps as is: lower-case letters, digits and dashes. */
export function fileName(prefix: string, id: string): string {
  const slug = id
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${prefix}${slug ? `-${slug}` : ''}.png`;
}
