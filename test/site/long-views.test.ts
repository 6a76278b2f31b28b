import { describe, expect, test } from 'vitest';
import { PASSAGES_SHOWN } from '../../src/lib/glossary/view.ts';
import { CELL_VALUES } from '../../src/lib/site/figures-table.ts';
import { firstItems } from '../../src/lib/site/pagination.ts';

/** The parts of a page that show the first items of a list and count the rest. */
describe('shown and counted', () => {
	const items = (length: number): number[] => Array.from({ length }, (_, index) => index);

	test('a figures table cell shows its first values and counts the rest', () => {
		expect(firstItems(items(CELL_VALUES), CELL_VALUES)).toEqual({
			shown: items(CELL_VALUES),
			more: 0,
		});
		expect(firstItems(items(CELL_VALUES + 5), CELL_VALUES)).toEqual({
			shown: items(CELL_VALUES),
			more: 5,
		});
		expect(firstItems([], CELL_VALUES)).toEqual({ shown: [], more: 0 });
		expect(CELL_VALUES).toBe(3);
	});

	test('a slogan’s page shows its first passages and counts the rest', () => {
		expect(firstItems(items(2), PASSAGES_SHOWN)).toEqual({ shown: items(2), more: 0 });
		expect(firstItems(items(PASSAGES_SHOWN + 1), PASSAGES_SHOWN)).toEqual({
			shown: items(PASSAGES_SHOWN),
			more: 1,
		});
		expect(PASSAGES_SHOWN).toBe(10);
	});
});
