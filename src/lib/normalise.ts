/** Normalises decoded text: CRLF and lone CR become LF, Unicode NFC, no trailing white space on lines. */
export function normaliseText(text: string): string {
	return text
		.replace(/\r\n?/g, '\n')
		.normalize('NFC')
		.split('\n')
		.map((line) => line.replace(/[\s\u3000]+$/u, ''))
		.join('\n');
}

const HAN = /\p{Script=Han}|[“”‘’（）《》「」【】、，。；：！？…—]/u;

const FULL_WIDTH: Record<string, string> = {
	',': '，',
	';': '；',
	':': '：',
	'?': '？',
	'!': '！',
	'(': '（',
	')': '）',
};

/** True when the character is Chinese text or Chinese punctuation. */
function isChinese(char: string | undefined): boolean {
	return char !== undefined && HAN.test(char);
}

/**
 * True when a , or ; at i stands between a percentage and a number in Chinese text: 达100%;11个 or
 * 下降10.4%,63件 (the figure before it follows a Chinese word, the one after it is followed by one).
 * Why only after %: 3:1 and 1,000 are numbers and keep their marks.
 */
function percentBetween(chars: string[], i: number, j: number): boolean {
	if (chars[i - 1] !== '%' || !/[0-9]/.test(chars[j] ?? '')) return false;
	let b = i - 2;
	while (b >= 0 && /[0-9.]/.test(chars[b] ?? '')) b--;
	let a = j;
	while (a < chars.length && /[0-9.]/.test(chars[a] ?? '')) a++;
	return b < i - 2 && isChinese(chars[b]) && isChinese(chars[a]);
}

/**
 * Turns half-width , ; : ? ! ( ) that stand next to Chinese text into their full-width forms, and drops
 * the space a half-width mark carried after it. Why: the export sometimes prints 迎难而上,加快建设 and
 * 启航! 向… with ASCII punctuation; numbers such as 3:1 or (一期) between digits keep theirs.
 */
export function normalisePunctuation(text: string): string {
	if (!/[,;:?!()]/.test(text)) return text;
	const chars = Array.from(text);
	let out = '';
	for (let i = 0; i < chars.length; i++) {
		const char = chars[i] ?? '';
		const full = FULL_WIDTH[char];
		if (full === undefined) {
			out += char;
			continue;
		}
		const before = chars[i - 1];
		let j = i + 1;
		while (chars[j] === ' ') j++;
		const after = chars[j];
		const opening = char === '(';
		const closing =
			char === ')' || char === ',' || char === ';' || char === ':' || char === '?' || char === '!';
		const chineseContext = opening
			? isChinese(after) || isChinese(before)
			: closing &&
				(isChinese(before) ||
					(isChinese(after) && before !== undefined && !/[0-9A-Za-z]/.test(before)) ||
					((char === ',' || char === ';') && percentBetween(chars, i, j)));
		if (!chineseContext) {
			out += char;
			continue;
		}
		out += full;
		// The space after a half-width mark was its spacing; a full-width mark carries its own.
		if (char !== '(' && j > i + 1 && isChinese(after)) i = j - 1;
	}
	return out;
}
