import { describe, expect, test } from 'vitest';
import {
	entryForms,
	formIndex,
	groupByLevel,
	LEVEL_LABELS,
	sortByPinyin,
} from '../../src/lib/glossary/glossary.ts';
import { makeEntry } from './fixtures.ts';

describe('glossary entries', () => {
	test('work out their reading from the term', () => {
		expect(makeEntry('三保').reading).toBe('sān bǎo');
		expect(makeEntry('三保').slug).toBe('san-bao');
	});

	test('are named by their term first, then their aliases', () => {
		expect(entryForms(makeEntry('七大任务', { aliases: ['七任务'] }))).toEqual([
			'七大任务',
			'七任务',
		]);
	});

	test('resolve every form, term or alias, to the slug of its entry', () => {
		const index = formIndex([
			makeEntry('七大任务', { aliases: ['七任务'] }),
			makeEntry('六个导向', { aliases: ['六导向'] }),
		]);
		expect(index.get('七任务')).toBe('qi-da-ren-wu');
		expect(index.get('六个导向')).toBe('liu-ge-dao-xiang');
		expect(index.get('五个一')).toBeUndefined();
	});

	test('may not share a form between two entries', () => {
		expect(() =>
			formIndex([makeEntry('七大任务', { aliases: ['七任务'] }), makeEntry('七任务')]),
		).toThrow(/“七任务” is claimed by both content\/glossary\/qi-da-ren-wu\.md/u);
	});

	test('sort in pinyin order', () => {
		const sorted = sortByPinyin([makeEntry('五个一'), makeEntry('三保'), makeEntry('四治')]);
		expect(sorted.map((entry) => entry.term)).toEqual(['三保', '四治', '五个一']);
	});

	test('group by level, widest first, leaving out empty levels', () => {
		const groups = groupByLevel([
			makeEntry('五个一'),
			makeEntry('三高四新', { level: 'provincial' }),
			makeEntry('三保', { level: 'national' }),
			makeEntry('四治'),
		]);
		expect(groups.map((group) => [group.label, group.entries.map((entry) => entry.term)])).toEqual([
			[LEVEL_LABELS.national, ['三保']],
			[LEVEL_LABELS.provincial, ['三高四新']],
			[LEVEL_LABELS.county, ['四治', '五个一']],
		]);
	});
});
