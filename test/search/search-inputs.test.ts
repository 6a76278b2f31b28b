import { describe, expect, test } from 'vitest';
import type { Lexicon } from '../../src/lib/search/lexicon.ts';
import { charMapOf } from '../../src/lib/search/search-inputs.ts';
import type { CharMap } from '../../src/lib/search/text.ts';

/** A lexicon of which charMapOf reads only the map. */
function lexiconOf(charMap: CharMap): Lexicon {
	return { data: { charMap } } as unknown as Lexicon;
}

describe('charMapOf', () => {
	test('gives the pairs of the text’s mapped characters, each once, in character order', () => {
		const lexicon = lexiconOf({ 國: '国', 這: '这', 會: '会', 𠀾: '丢' });
		expect(charMapOf(lexicon, '這個國際會議，國際𠀾')).toBe('國国會会這这𠀾丢');
		expect(charMapOf(lexicon, '衡阳市三高四新')).toBe('');
		expect(charMapOf(lexicon, '')).toBe('');
	});

	test('finds characters that mean something in a pattern, and none of the others', () => {
		const lexicon = lexiconOf({
			'-': '一',
			']': '二',
			'\\': '三',
			'^': '四',
			'[': '五',
			'.': '六',
		});
		expect(charMapOf(lexicon, 'a-b]c\\d^e[f.g')).toBe('-一.六[五\\三]二^四');
		expect(charMapOf(lexicon, 'abc*+?')).toBe('');
	});

	test('reads a map whose keys are not single characters as before', () => {
		const lexicon = lexiconOf({ 國: '国', 國際: '国际' });
		expect(charMapOf(lexicon, '國際')).toBe('國国');
	});
});
