// Lint rules, including every layer rule from STYLE.md, so nobody has to remember them:
//   domain imports nothing of ours but the domain; only services import the store; only src/discord and
//   commands/ know discord.js; only src/store knows lowdb or PostgreSQL; services and domain build no sentences;
//   only src/discord/render/pictures draws (the canvas).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const discord = {
  group: ['discord.js', '@discordjs/*', 'discord-api-types', 'discord-api-types/*'],
  message: 'Only src/discord and commands/ may use discord.js.',
};
// Anchored with "/": the packages themselves, not our own src/store/postgres folder (which services may open).
const database = {
  group: ['/lowdb', '/lowdb/*', '/steno', '/postgres', '/pg', '/pg-*'],
  message: 'Only src/store may use lowdb or PostgreSQL.',
};
const store = {
  group: ['**/store/*'],
  message: 'Only services use the store: call a service instead.',
};
const upward = (...layers) => ({
  group: layers.map((layer) => `**/${layer}/*`),
  message: `This layer may not import ${layers.join(', ')}: data flows Discord → command → service → store.`,
});
const canvas = {
  group: ['@napi-rs/canvas'],
  message: 'Only src/discord/render/pictures draws: call its functions with plain data.',
};
const i18n = {
  group: ['**/i18n/*'],
  message: 'Services, the store and the domain return data; renderers build sentences.',
};

// A store handed in `deps` is only passed on to services: `deps.store.catalog…` would bypass them.
const storeMember = {
  selector: "MemberExpression[object.type='MemberExpression'][object.property.name='store']",
  message: 'Only services use the store: pass it to a service instead of reaching into it.',
};

const layer = (files, patterns, syntax = []) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns }],
    ...(syntax.length ? { 'no-restricted-syntax': ['error', ...syntax] } : {}),
  },
});

export default tseslint.config(
  { ignores: ['node_modules/**', 'coverage/**', 'dist/**', 'bench/results.json', 'bench/.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      // A renderer takes the reader's locale before every language has its catalog: `_locale` says so.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  layer(
    ['src/domain/**'],
    [
      discord,
      database,
      canvas,
      { group: ['../*'], message: 'The domain is pure: it imports only other domain modules.' },
    ],
  ),
  layer(['src/services/**'], [discord, database, canvas, i18n, upward('discord', 'scheduler', 'importers', 'cli')]),
  layer(['src/store/**'], [discord, canvas, i18n, upward('services', 'discord', 'scheduler', 'importers', 'cli')]),
  layer(
    ['src/scheduler/**', 'src/importers/**'],
    [discord, database, store, canvas, i18n, upward('discord', 'cli')],
    [storeMember],
  ),
  layer(['src/discord/**', 'commands/**'], [database, store, canvas, upward('importers', 'cli')], [storeMember]),
  // The one place that draws (a later entry replaces the rule above for these files).
  layer(['src/discord/render/pictures/**'], [database, store, upward('importers', 'cli')], [storeMember]),
  layer(['src/i18n/**'], [discord, database, store, upward('services', 'discord', 'scheduler', 'importers', 'cli')]),
  layer(['src/cli/**', 'src/*.ts', '*.ts', '*.mjs'], [database, store, canvas], [storeMember]),
  // The launcher runs before anything is compiled: plain JavaScript for Node.
  { files: ['src/launch/*.mjs'], languageOptions: { globals: { process: 'readonly' } } },
);
