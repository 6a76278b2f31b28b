import { describe, expect, test } from 'vitest';
import { entriesForPinyin, parseQuery } from '../../src/lib/search/query.ts';
import { queryEntries, suggestEntries } from '../../src/lib/search/suggest.ts';
import { fixtureLexicon } from './fixture.ts';

const lexicon = fixtureLexicon();
const key = (term: string) => lexicon.data.entries.find((entry) => entry.term === term)?.key ?? '';

describe('parseQuery', () => {
	test('turns a slogan into its whole-word token, not four characters', () => {
		const query = parseQuery(lexicon, '三高四新');
		expect(query.terms.map((term) => term.term)).toEqual(['三高四新']);
		expect(query.pieces).toEqual([]);
		expect(query.pagefindTerm).toBe(key('三高四新'));
	});

	test('turns a short form into its region and keeps other words as pieces', () => {
		const query = parseQuery(lexicon, '珠晖 项目建设');
		expect(query.terms.map((term) => term.term)).toEqual(['珠晖区']);
		expect(query.pieces).toEqual(['项目建设']);
		// Why segmented: the index holds words as segmentText splits them.
		expect(query.pagefindTerm).toBe(`${key('珠晖区')} 项目 建设`);
	});

	test('splits a segment into terms and the words around them', () => {
		const query = parseQuery(lexicon, '三高四新战略');
		expect(query.terms.map((term) => term.term)).toEqual(['三高四新']);
		expect(query.pieces).toEqual(['战略']);
		expect(query.phrases).toEqual(['三高四新战略']);
	});

	test('folds traditional characters and full-width letters before anything else', () => {
		expect(parseQuery(lexicon, '耒陽市').terms.map((term) => term.term)).toEqual(['耒阳市']);
		expect(parseQuery(lexicon, 'ＧＤＰ').pieces).toEqual(['gdp']);
	});

	test('keeps a quoted phrase whole and drops the quotes', () => {
		const query = parseQuery(lexicon, '“高质量发展”');
		expect(query.pieces).toEqual(['高质量发展']);
		expect(query.phrases).toEqual(['高质量发展']);
	});

	test('resolves full pinyin and initials to lexicon entries', () => {
		expect(parseQuery(lexicon, 'sangaosixin').terms.map((term) => term.term)).toEqual(['三高四新']);
		expect(parseQuery(lexicon, 'sgsx').terms.map((term) => term.term)).toEqual(['三高四新']);
		expect(parseQuery(lexicon, 'lei yang').terms.map((term) => term.term)).toEqual(['耒阳市']);
		expect(parseQuery(lexicon, 'leiyang 发展').terms.map((term) => term.term)).toEqual(['耒阳市']);
	});

	test('keeps Latin words that spell no entry as pieces', () => {
		const query = parseQuery(lexicon, 'xyzzy');
		expect(query.terms).toEqual([]);
		expect(query.pieces).toEqual(['xyzzy']);
	});

	test('searches a person’s name as words and offers the person', () => {
		const query = parseQuery(lexicon, '周琪');
		expect(query.people.map((person) => person.term)).toEqual(['周琪']);
		expect(query.pieces).toEqual(['周琪']);
		expect(query.terms).toEqual([]);
		expect(parseQuery(lexicon, 'zhouqi').people.map((person) => person.term)).toEqual(['周琪']);
	});

	test('knows when a term is in no article', () => {
		expect(parseQuery(lexicon, '祁东').impossible).toBe(true);
		expect(parseQuery(lexicon, '珠晖').impossible).toBe(false);
	});

	test('gives nothing to search for an empty or punctuation-only query', () => {
		expect(parseQuery(lexicon, '  ').pagefindTerm).toBe('');
		expect(parseQuery(lexicon, '，。！').pagefindTerm).toBe('');
	});
});

describe('entriesForPinyin', () => {
	test('prefers full pinyin, and initials only when allowed and nothing is spelled in full', () => {
		expect(entriesForPinyin(lexicon, 'zhuhui', false).map((entry) => entry.term)).toEqual([
			'珠晖区',
		]);
		expect(entriesForPinyin(lexicon, 'sgsx', false)).toEqual([]);
		expect(entriesForPinyin(lexicon, 'sgsx', true).map((entry) => entry.term)).toEqual([
			'三高四新',
		]);
	});
});

describe('suggestEntries', () => {
	test('suggests entries for the start of a word, a pinyin or its initials', () => {
		expect(suggestEntries(lexicon, '珠').map((found) => found.entry.term)).toContain('珠晖区');
		expect(suggestEntries(lexicon, 'leiy').map((found) => found.entry.term)).toEqual(['耒阳市']);
		expect(suggestEntries(lexicon, 'sgs')[0]?.entry.term).toBe('三高四新');
	});

	test('puts exact matches first and needs two letters of pinyin', () => {
		expect(suggestEntries(lexicon, '衡阳')[0]?.entry.term).toBe('衡阳市');
		expect(suggestEntries(lexicon, 's')).toEqual([]);
		expect(suggestEntries(lexicon, '')).toEqual([]);
	});

	test('lists the entries a query names, each once', () => {
		const query = parseQuery(lexicon, '珠晖 周琪 珠晖区');
		expect(queryEntries(query).map((entry) => entry.term)).toEqual(['珠晖区', '周琪']);
	});
});
