/** A span of one raw line, before classification. */
export interface Piece {
	/** 1-based line of the normalised raw text. */
	line: number;
	/** 0-based UTF-16 offset of the piece in its line. */
	column: number;
	/** The piece's text as decoded, surrounding white space trimmed. */
	text: string;
	/** The same span of the simplified-character shadow (equal to text on simplified pages). */
	plain: string;
	/** Blank lines between this piece's line and the previous non-blank line (0 for a second piece of a line). */
	gapBefore: number;
	/** What the split that made this piece already knows about it. */
	hint?: 'continuation' | 'dateline' | 'credit' | 'kicker' | 'title';
}

/** （上接第一版） at the start of a line. */
export const CONTINUATION_START = /^[（(]\s*上接第?[一二三四五六七八九十百\d]+版\s*[）)]/u;
/** （下转第二版） / （转第5版） at the end of a line. */
export const CONTINUATION_END = /[（(]\s*(?:下转|转)第?[一二三四五六七八九十百\d]+版\s*[）)]$/u;
/** 衡阳日报讯（全媒体记者 许珂）, 衡阳日报社(通讯员 …), 本报讯（…）, 新华社北京1月5日电（…） at the start of a line. */
export const DATELINE_START =
	/^(?:衡阳日报讯|衡阳日报社|衡阳晚报讯|本报讯|[^\s，。（(]{2,6}报讯|新华社[^\s，。（(]{0,12}电)\s*[（(][^（()）]{1,60}[）)]/u;
/** ■唐俊 摄 / ■全媒体记者 周围 摄 standing after a caption on the same line. */
const INLINE_CREDIT = /\s+(■[^■]{1,30}摄)$/u;
/** 蒸湘区委…提出，突出做好四篇文章—— 加快建设…示范区: a kicker and its title printed on one line. */
const KICKER_AND_TITLE = /^([^。！？]{4,50}——)[ \u3000]+([^。，！？——]{4,40})$/u;

function piecesOfLine(lineNo: number, printed: string, raw: string, gapBefore: number): Piece[] {
	const start = raw.length - raw.trimStart().length;
	const text = raw.trim();
	const out: Piece[] = [];
	const push = (offset: number, value: string, hint?: Piece['hint']): void => {
		const trimmed = value.trim();
		if (trimmed === '') return;
		const column = start + offset + (value.length - value.trimStart().length);
		const piece: Piece = {
			line: lineNo,
			column,
			text: printed.slice(column, column + trimmed.length),
			plain: trimmed,
			gapBefore: out.length === 0 ? gapBefore : 0,
		};
		if (hint !== undefined) piece.hint = hint;
		out.push(piece);
	};
	let offset = 0;
	let rest = text;
	const continuation = CONTINUATION_START.exec(rest);
	if (continuation) {
		push(0, continuation[0], 'continuation');
		offset = continuation[0].length;
		rest = text.slice(offset);
	}
	const dateline = DATELINE_START.exec(rest.trimStart());
	if (dateline) {
		const lead = rest.length - rest.trimStart().length;
		push(offset + lead, dateline[0], 'dateline');
		offset += lead + dateline[0].length;
		rest = text.slice(offset);
	}
	const end = CONTINUATION_END.exec(rest);
	const credit = INLINE_CREDIT.exec(rest);
	const kickerTitle = offset === 0 ? KICKER_AND_TITLE.exec(rest) : null;
	if (kickerTitle?.[1] !== undefined && kickerTitle[2] !== undefined) {
		push(0, kickerTitle[1], 'kicker');
		push(rest.lastIndexOf(kickerTitle[2]), kickerTitle[2], 'title');
	} else if (end && end.index > 0) {
		push(offset, rest.slice(0, end.index));
		push(offset + end.index, end[0], 'continuation');
	} else if (credit && credit.index > 0 && credit[1] !== undefined) {
		push(offset, rest.slice(0, credit.index));
		push(offset + rest.lastIndexOf(credit[1]), credit[1], 'credit');
	} else {
		push(offset, rest);
	}
	return out;
}

/**
 * Cuts normalised page text into pieces: one per non-blank line, or two where a line holds two things
 * (（上接第一版）+ text, a dateline + its first paragraph, a caption + ■… 摄, a kicker—— + title).
 * Patterns are matched on the shadow (a same-length simplified copy); pieces keep the printed text.
 */
export function segmentPage(text: string, shadow: string = text): Piece[] {
	if (shadow.length !== text.length)
		throw new Error('segmentPage: the shadow must have the length of the text');
	const printedLines = text.split('\n');
	const pieces: Piece[] = [];
	let gap = 0;
	shadow.split('\n').forEach((raw, index) => {
		if (raw.trim() === '') {
			gap++;
			return;
		}
		pieces.push(...piecesOfLine(index + 1, printedLines[index] ?? raw, raw, gap));
		gap = 0;
	});
	return pieces;
}
