/** Normalises decoded text: CRLF and lone CR become LF, Unicode NFC, no trailing white space on lines. */
export function normaliseText(text: string): string {
	return text
		.replace(/\r\n?/g, '\n')
		.normalize('NFC')
		.split('\n')
		.map((line) => line.replace(/[\s\u3000]+$/u, ''))
		.join('\n');
}

const HAN = /\p{Script=Han}|[“”‘’（）《》「」、，。；：！？…—]/u;

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
					(isChinese(after) && before !== undefined && !/[0-9A-Za-z]/.test(before)));
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
