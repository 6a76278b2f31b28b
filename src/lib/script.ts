import { Converter } from 'opencc-js/t2cn';

const convert = Converter({ from: 'hk', to: 'cn' });

/**
 * Simplified-character shadow of a text, of the same length, for matching patterns and gazetteer
 * names on pages printed in traditional characters (衡陽日報訊 → 衡阳日报讯). The printed text is kept;
 * only the analysis reads the shadow.
 */
export function toSimplified(text: string): string {
	const whole = convert(text);
	if (whole.length === text.length) return whole;
	// Why: a phrase conversion can change the length; per character it never does, so offsets stay valid.
	return Array.from(text, (char) => {
		const one = convert(char);
		return one.length === char.length ? one : char;
	}).join('');
}

/** Share of Han characters that differ in the simplified shadow: above ~0.05 the page is traditional. */
export function traditionalShare(text: string, shadow: string): number {
	let han = 0;
	let changed = 0;
	for (let i = 0; i < text.length; i++) {
		if (!/\p{Script=Han}/u.test(text[i] ?? '')) continue;
		han++;
		if (text[i] !== shadow[i]) changed++;
	}
	return han === 0 ? 0 : changed / han;
}
