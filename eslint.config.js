// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{
		// Generated output, dependencies and generated content are not linted.
		ignores: ['dist/', '.astro/', 'node_modules/', 'content/', 'coverage/', 'test-results/'],
	},
	js.configs.recommended,
	tseslint.configs.strictTypeChecked,
	tseslint.configs.stylisticTypeChecked,
	{
		languageOptions: {
			parserOptions: {
				projectService: true,
				tsconfigRootDir: import.meta.dirname,
			},
		},
	},
	{
		rules: {
			// Numbers print the same everywhere; `${line}行` is clearer than `${String(line)}行`.
			'@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
		},
	},
	{
		// The JavaScript config files carry no types of their own; type-aware rules are for .ts.
		files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
		extends: [tseslint.configs.disableTypeChecked],
	},
	// Formatting is Prettier's job: turn off the rules that would fight it.
	prettier,
);
