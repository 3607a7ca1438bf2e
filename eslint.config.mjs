// Lint rules, including the dependency rule from STYLE.md: only src/discord and commands/ know discord.js,
// only src/store knows lowdb, and the domain imports nothing of ours but itself.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const noDiscord = { group: ['discord.js', '@discordjs/*', 'discord-api-types', 'discord-api-types/*'], message: 'Only src/discord and commands/ may use discord.js.' };
const noLowdb = { group: ['lowdb', 'lowdb/*', 'steno'], message: 'Only src/store may use lowdb.' };
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
  { files: ['src/domain/**'], rules: { 'no-restricted-imports': ['error', { patterns: [noDiscord, noLowdb, noOurLayers] }] } },
  { files: ['src/services/**', 'src/scheduler/**', 'src/importers/**'], rules: { 'no-restricted-imports': ['error', { patterns: [noDiscord, noLowdb] }] } },
  { files: ['src/store/**'], rules: { 'no-restricted-imports': ['error', { patterns: [noDiscord] }] } },
  { files: ['src/discord/**', 'commands/**'], rules: { 'no-restricted-imports': ['error', { patterns: [noLowdb] }] } },
);
