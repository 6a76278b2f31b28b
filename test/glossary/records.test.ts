import { describe, expect, test } from 'vitest';
import type { Occurrence } from '../../src/lib/glossary/concordance.ts';
import { buildGlossary } from '../../src/lib/glossary/model.ts';
import {
	CONCORDANCE_COLUMNS,
	concordanceCsv,
	serializeGlossaryRecords,
	toGlossaryRecords,
} from '../../src/lib/glossary/records.ts';
import { csvField } from '../../src/lib/site/figures-csv.ts';
import { makeArticle, makeEntry } from './fixtures.ts';

const occurrence: Occurrence = {
	slug: 'san-hua',
	term: '三化',
	form: '三化',
	articleId: '2023-01-30-a',
	articleTitle: '标题, 带“逗号”',
	date: '2023-01-30',
	block: 'paragraph',
	paragraph: 3,
	left: '推行“',
	right: '”治理',
};

describe('csvField', () => {
	test('leaves plain text alone and quotes text with commas, quotes or line breaks', () => {
		expect(csvField('三化')).toBe('三化');
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('说"好"')).toBe('"说""好"""');
		expect(csvField('a\nb')).toBe('"a\nb"');
	});
});

describe('concordanceCsv', () => {
	test('writes a header and one CRLF-ended line per occurrence, with the paragraph URL', () => {
		const csv = concordanceCsv([
			occurrence,
			{ ...occurrence, block: 'headline', paragraph: null, date: null },
		]);
		const lines = csv.split('\r\n');
		expect(lines[0]).toBe(CONCORDANCE_COLUMNS.join(','));
		expect(lines[1]).toBe(
			'san-hua,三化,三化,2023-01-30-a,2023-01-30,"标题, 带“逗号”",paragraph,3,/articles/2023-01-30-a/#p-3,推行“,三化,”治理',
		);
		expect(lines[2]).toBe(
			'san-hua,三化,三化,2023-01-30-a,,"标题, 带“逗号”",headline,,/articles/2023-01-30-a/,推行“,三化,”治理',
		);
		expect(lines[3]).toBe('');
	});
});

describe('toGlossaryRecords', () => {
	const entries = [
		makeEntry('三化'),
		makeEntry('三保', { level: 'national', region: undefined, parts: ['保工资'] }),
	];
	const articles = [
		makeArticle('2023-01-30-a', '推行“三化”，落实“三保”。', { slogans: ['三化', '三保'] }),
	];
	const records = toGlossaryRecords(buildGlossary(entries, articles));

	test('lists entries national first, with their use in the archive', () => {
		expect(records.map((record) => record.term)).toEqual(['三保', '三化']);
		expect(records[1]).toMatchObject({
			slug: 'san-hua',
			pinyin: 'sān huà',
			levelLabel: '县市区',
			region: '珠晖区',
			url: '/glossary/san-hua/',
			occurrences: 1,
			related: [{ slug: 'san-bao', term: '三保', articles: 1 }],
		});
		expect(records[0]?.region).toBeNull();
	});

	test('serialises as tab-indented JSON with a final newline', () => {
		const text = serializeGlossaryRecords(records);
		expect(text.endsWith('}\n]\n')).toBe(true);
		expect(JSON.parse(text)).toEqual(records);
	});
});
