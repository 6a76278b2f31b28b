import { describe, expect, test } from 'vitest';
import { segmentText, unsegmentText } from '../../src/lib/search/segment.ts';
import { fixtureLexicon } from './fixture.ts';

const lexicon = fixtureLexicon();

describe('segmentText', () => {
	test('keeps regions and slogans whole and splits the rest into words', () => {
		expect(segmentText(lexicon, '珠晖区落实三高四新项目建设')).toBe(
			'珠晖区 落实 三高四新 项目 建设',
		);
	});

	test('keeps punctuation as words of its own', () => {
		expect(segmentText(lexicon, '项目建设，稳步推进。')).toBe('项目 建设 ， 稳步 推进 。');
	});

	test('segments a query word as it is segmented in a text', () => {
		expect(segmentText(lexicon, '项目建设')).toBe('项目 建设');
	});
});

describe('unsegmentText', () => {
	test('gives the printed text back', () => {
		const printed = '珠晖区落实“三高四新”，GDP 增长 5.2％。';
		expect(unsegmentText(segmentText(lexicon, printed))).toBe(
			'珠晖区落实“三高四新”，GDP增长5.2％。',
		);
	});

	test('keeps the space between two Latin words', () => {
		expect(unsegmentText('Hengyang Daily 衡阳 日报')).toBe('Hengyang Daily衡阳日报');
	});
});
