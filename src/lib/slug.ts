import { pinyin } from 'pinyin-pro';

/** Syllables of the title kept in an id: enough to read, short enough for a URL. */
const SYLLABLES = 8;

/** ASCII words for the Han characters, letters and digits of a text (以高质量发展 → yi gao zhi liang fa zhan). */
export function pinyinWords(text: string): string[] {
	const han = Array.from(text)
		.filter((char) => /[\p{Script=Han}A-Za-z0-9]/u.test(char))
		.join('');
	if (han === '') return [];
	return pinyin(han, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
		.map((word) => word.toLowerCase().replace(/[^a-z0-9]+/g, ''))
		.filter((word) => word !== '');
}

/** An article id: its date (or "undated") and the first syllables of its title, e.g. 2023-01-30-yi-gao-zhi-liang… */
export function articleId(date: string | null, title: string): string {
	const words = pinyinWords(title).slice(0, SYLLABLES);
	return [date ?? 'undated', ...words].join('-');
}

/** Makes ids unique in the order given, adding -2, -3 … to repeats. */
export function uniqueIds(ids: string[]): string[] {
	const used = new Set<string>();
	return ids.map((id) => {
		let candidate = id;
		for (let n = 2; used.has(candidate); n++) candidate = `${id}-${String(n)}`;
		used.add(candidate);
		return candidate;
	});
}
