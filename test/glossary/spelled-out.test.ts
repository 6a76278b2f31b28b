import { describe, expect, test } from 'vitest';
import { spelledOutPassages } from '../../src/lib/glossary/spelled-out.ts';
import { makeArticle, makeEntry } from './fixtures.ts';

const wuGeYi = makeEntry('五个一', {
	parts: ['一个统领', '一项根本', '一条主轴', '一排底线', '一支队伍'],
});

describe('spelledOutPassages', () => {
	test('finds a heading that names the formula and the paragraphs after it that list its parts', () => {
		const body = [
			'开头提到一项根本。',
			'### ★坚持“五个一”',
			'坚持“一个统领”。',
			'把握“一项根本”。',
			'### ★注重“六导向”',
			'守住一排底线。',
		].join('\n\n');
		const [passage, ...others] = spelledOutPassages(wuGeYi, [makeArticle('a', body)]);
		expect(others).toEqual([]);
		expect(passage?.blocks.map((block) => block.text)).toEqual([
			'★坚持“五个一”',
			'坚持“一个统领”。',
			'把握“一项根本”。',
		]);
		expect(passage?.parts).toEqual(['一个统领', '一项根本']);
	});

	test('finds a paragraph that names the formula and its parts at once', () => {
		const body = '做到“五个一”：坚持一个统领，把握一项根本，聚焦一条主轴。\n\n另起一段，一支队伍。';
		const [passage] = spelledOutPassages(wuGeYi, [makeArticle('a', body)]);
		expect(passage?.blocks.map((block) => block.paragraph)).toEqual([1, 2]);
		expect(passage?.parts).toEqual(['一个统领', '一项根本', '一条主轴', '一支队伍']);
	});

	test('ignores a mention followed by fewer than two parts', () => {
		const body = '坚持“五个一”。\n\n坚持一个统领。\n\n与此无关。\n\n把握一项根本。';
		expect(spelledOutPassages(wuGeYi, [makeArticle('a', body)])).toEqual([]);
	});

	test('reports a passage once even when it names the formula twice', () => {
		const body = '“五个一”：一个统领、一项根本。\n\n再说“五个一”：一排底线。';
		expect(spelledOutPassages(wuGeYi, [makeArticle('a', body)])).toHaveLength(1);
	});

	test('finds nothing for an entry without parts', () => {
		expect(spelledOutPassages(makeEntry('三化'), [makeArticle('a', '“三化”：一、二')])).toEqual([]);
	});
});
