// Lint rules, including the dependency rule from STYLE.md: only src/discord and commands/ know discord.js,
// only src/store knows lowdb, only src/discord/render/pictures knows the canvas, and the domain imports nothing of
// ours but itself.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const noDiscord = { group: ['discord.js', '@discordjs/*', 'discord-api-types', 'discord-api-types/*'], message: 'Only src/discord and commands/ may use discord.js.' };
const noLowdb = { group: ['lowdb', 'lowdb/*', 'steno'], message: 'Only src/store may use lowdb.' };
const noCanvas = { group: ['@napi-rs/canvas'], message: 'Only src/discord/render/pictures draws: call its functions with plain data.' };
const noOurLayers = { group: ['../store/*', '../services/*', '../discord/*', '../scheduler/*', '../importers/*', '../cli/*'], message: 'The domain is pure: it imports only other domain modules.' };

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
  { files: ['src/domain/**'], rules: { 'no-restricted-imports': ['error', { patterns: [noDiscord, noLowdb, noOurLayers, noCanvas] }] } },
  { files: ['src/services/**', 'src/scheduler/**', 'src/importers/**'], rules: { 'no-restricted-imports': ['error', { patterns: [noDiscord, noLowdb, noCanvas] }] } },
  { files: ['src/store/**'], rules: { 'no-restricted-imports': ['error', { patterns: [noDiscord, noCanvas] }] } },
  { files: ['src/discord/**', 'commands/**'], ignores: ['src/discord/render/pictures/**'], rules: { 'no-restricted-imports': ['error', { patterns: [noLowdb, noCanvas] }] } },
  { files: ['src/discord/render/pictures/**'], rules: { 'no-restricted-imports': ['error', { patterns: [noLowdb] }] } },
);
