import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

/** The shared Discord OpenAPI 3.1 spec, kept beside the repository (see /work/shared/discord-api-spec/SOURCE.md). */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const specPath = path.resolve(repoRoot, '..', 'shared', 'discord-api-spec', 'openapi.json');

type JsonObject = Record<string, unknown>;
interface SpecOperation {
  template: string;
  matcher: RegExp;
  literalSegments: number;
  method: string;
  schema: unknown;
}

// Module-level caches: the spec is parsed and the Ajv instance built once per worker, validators compiled once per operation.
let loaded: { ajv: Ajv2020; operations: SpecOperation[] } | null | undefined;
const validators = new Map<string, ValidateFunction>();
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/** Whether the spec file is present; warns once (visibly) when it is not. */
export function isSpecAvailable(): boolean {
  return load() !== null;
}

/**
 * Validates a JSON request body against the spec operation matching `method` + `apiPath` (`/channels/123/messages`).
 * Returns the Ajv error text, or undefined when the body is valid, the route is not in the spec, or the spec is missing.
 */
export function validateRequestBody(method: string, apiPath: string, body: unknown): string | undefined {
  const spec = load();
  if (!spec) return undefined;
  const operation = findOperation(spec.operations, method.toLowerCase(), apiPath);
  if (!operation || operation.schema === undefined) return undefined;
  const key = `${operation.method} ${operation.template}`;
  return runValidator(spec.ajv, key, operation.schema, body);
}

/** Validates a value against `components/schemas/<name>` (for example `MessageResponse`). */
export function validateSchema(name: string, value: unknown): string | undefined {
  const spec = load();
  if (!spec) return undefined;
  return runValidator(spec.ajv, `schema ${name}`, { $ref: `discord#/components/schemas/${name}` }, value);
}

function runValidator(ajv: Ajv2020, key: string, schema: unknown, value: unknown): string | undefined {
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile(schema as JsonObject);
    validators.set(key, validate);
  }
  if (validate(value)) return undefined;
  return ajv.errorsText(validate.errors?.slice(0, 12), { separator: '\n', dataVar: 'body' });
}

function findOperation(operations: SpecOperation[], method: string, apiPath: string): SpecOperation | undefined {
  return operations.find((op) => op.method === method && op.matcher.test(apiPath));
}

function load(): { ajv: Ajv2020; operations: SpecOperation[] } | null {
  if (loaded !== undefined) return loaded;
  if (!existsSync(specPath)) {
    console.warn(`[discord emulator] ${specPath} not found: OpenAPI request-body validation is skipped.`);
    loaded = null;
    return loaded;
  }
  const spec = JSON.parse(readFileSync(specPath, 'utf8')) as { paths: JsonObject; components: { schemas: JsonObject } };
  widenIntegers(spec.components.schemas);
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const format of ['int32', 'int64', 'double', 'snowflake', 'nonce']) ajv.addFormat(format, true);
  ajv.addSchema({ $id: 'discord', components: { schemas: spec.components.schemas } });
  loaded = { ajv, operations: collectOperations(spec.paths) };
  return loaded;
}

function collectOperations(paths: JsonObject): SpecOperation[] {
  const operations: SpecOperation[] = [];
  for (const [template, item] of Object.entries(paths)) {
    const segments = template.split('/').filter(Boolean);
    const pattern = segments.map((s) => (s.startsWith('{') ? '[^/]+' : escapeRegExp(s))).join('/');
    for (const [method, operation] of Object.entries(item as JsonObject)) {
      const content = (operation as { requestBody?: { content?: JsonObject } }).requestBody?.content;
      const jsonSchema = (content?.['application/json'] as { schema?: unknown } | undefined)?.schema;
      const schema = jsonSchema === undefined ? undefined : rewriteRefs(structuredClone(jsonSchema));
      if (schema !== undefined) widenIntegers(schema);
      operations.push({
        template,
        method,
        schema,
        matcher: new RegExp(`^/${pattern}/?$`),
        literalSegments: segments.filter((s) => !s.startsWith('{')).length,
      });
    }
  }
  // `/users/@me` must win over `/users/{user_id}`, `messages/@original` over `messages/{message_id}`.
  return operations.sort((a, b) => b.literalSegments - a.literalSegments);
}

/** Points local `#/components/...` refs at the registered `discord` schema. */
function rewriteRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewriteRefs);
  if (!node || typeof node !== 'object') return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node as JsonObject)) {
    out[key] = key === '$ref' && typeof value === 'string' ? value.replace(/^#\//, 'discord#/') : rewriteRefs(value);
  }
  return out;
}

/** The spec types int-parseable strings (permissions, ids) as integers; discord.js sends them as digit strings. */
function widenIntegers(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(widenIntegers);
  if (!node || typeof node !== 'object') return;
  const schema = node as JsonObject;
  const types = Array.isArray(schema.type) ? (schema.type as unknown[]) : [schema.type];
  if (types.includes('integer') && !('enum' in schema) && !types.includes('string')) {
    schema.type = [...types, 'string'];
    schema.pattern ??= '^-?[0-9]+$';
  }
  Object.values(schema).forEach(widenIntegers);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
