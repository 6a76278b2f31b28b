import { describe, expect, test } from 'vitest';
import { restoreYamlDate } from '../../src/lib/site/frontmatter.ts';

describe('restoreYamlDate', () => {
	test('turns a date YAML read as a timestamp back into the ISO date written', () => {
		// js-yaml reads `date: 2023-01-30` as this Date.
		expect(restoreYamlDate({ id: 'a', date: new Date(Date.UTC(2023, 0, 30)) })).toEqual({
			id: 'a',
			date: '2023-01-30',
		});
	});

	test('leaves a date that is already a string, or null, as it is', () => {
		const quoted = { date: '2023-01-30' };
		expect(restoreYamlDate(quoted)).toBe(quoted);
		const undated = { date: null };
		expect(restoreYamlDate(undated)).toBe(undated);
	});

	test('does not touch Date values in other fields (the schema rejects them)', () => {
		const at = new Date(Date.UTC(2023, 0, 30));
		expect(restoreYamlDate({ title: at })).toEqual({ title: at });
	});

	test('leaves an invalid Date for the schema to reject', () => {
		const invalid = { date: new Date(Number.NaN) };
		expect(restoreYamlDate(invalid)).toBe(invalid);
	});

	test('passes through what is not an object', () => {
		expect(restoreYamlDate(null)).toBeNull();
		expect(restoreYamlDate('x')).toBe('x');
		const list = [1];
		expect(restoreYamlDate(list)).toBe(list);
	});
});
