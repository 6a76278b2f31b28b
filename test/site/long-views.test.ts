import { describe, expect, test } from 'vitest';
import { PASSAGES_SHOWN, passagesView } from '../../src/lib/glossary/view.ts';
import { CELL_VALUES, cellView } from '../../src/lib/site/figures-table.ts';

/** The parts of a page that show the first items of a list and count the rest. */
describe('shown and counted', () => {
	const items = (length: number): number[] => Array.from({ length }, (_, index) => index);

	test('a figures table cell shows its first values and counts the rest', () => {
		expect(cellView(items(CELL_VALUES))).toEqual({ shown: items(CELL_VALUES), more: 0 });
		expect(cellView(items(CELL_VALUES + 5))).toEqual({ shown: items(CELL_VALUES), more: 5 });
		expect(cellView([])).toEqual({ shown: [], more: 0 });
	});

	test('a slogan’s page shows its first passages and counts the rest', () => {
		expect(passagesView(items(2))).toEqual({ shown: items(2), more: 0 });
		expect(passagesView(items(PASSAGES_SHOWN + 1))).toEqual({
			shown: items(PASSAGES_SHOWN),
			more: 1,
		});
	});
});
