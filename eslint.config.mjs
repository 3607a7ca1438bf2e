// Lint rules, including the dependency rule from STYLE.md: only src/discord and commands/ know discord.js,
// only src/store knows lowdb, the domain imports nothing of ours but itself, and src/i18n (the message
// catalogs and formatting) knows the domain's types and nothing else of ours.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const noDiscord = {
  group: ['discord.js', '@discordjs/*', 'discord-api-types', 'discord-api-types/*'],
  message: 'Only src/discord and commands/ may use discord.js.',
};
const noLowdb = { group: ['lowdb', 'lowdb/*', 'steno'], message: 'Only src/store may use lowdb.' };
const noOurLayers = {
  group: ['../store/*', '../services/*', '../discord/*', '../scheduler/*', '../importers/*', '../cli/*', '../i18n/*'],
  message: 'The domain is pure: it imports only other domain modules.',
};
const i18nOnlyDomain = {
  group: ['../store/*', '../services/*', '../discord/*', '../scheduler/*', '../importers/*', '../cli/*', '../../*'],
  message:
    'src/i18n may import only the domain (types) and its own modules: src/discord, commands/ and src/cli use it, not the other way round.',
};
const noI18n = {
  group: ['../i18n/*', '../../i18n/*'],
  message:
    'Services, the store, importers and the scheduler return data; only renderers (src/discord, commands/, src/cli) use src/i18n.',
};

export default tseslint.config(
  { ignores: ['node_modules/**', 'coverage/**', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['src/domain/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noDiscord, noLowdb, noOurLayers] }] },
  },
  {
    files: ['src/services/**', 'src/scheduler/**', 'src/importers/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noDiscord, noLowdb, noI18n] }] },
  },
  { files: ['src/store/**'], rules: { 'no-restricted-imports': ['error', { patterns: [noDiscord, noI18n] }] } },
  {
    files: ['src/i18n/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noDiscord, noLowdb, i18nOnlyDomain] }] },
  },
  { files: ['src/discord/**', 'commands/**'], rules: { 'no-restricted-imports': ['error', { patterns: [noLowdb] }] } },
);
