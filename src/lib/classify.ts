import type { Piece } from './segment.ts';

/** What a piece is, judged from itself and its neighbours only (before articles are assembled). */
export type LocalKind =
	| 'furniture'
	| 'continuation'
	| 'dateline'
	| 'byline'
	| 'credit'
	| 'caption'
	| 'marker'
	| 'heading'
	| 'headlike'
	| 'kicker'
	| 'title'
	| 'paragraph';

/** A piece with its local kind. */
export interface Classified extends Piece {
	local: LocalKind;
}

/** Page furniture: lines that belong to the printed page, not to any story. */
const FURNITURE: RegExp[] = [
	/^扫码(?:看|阅读|观看|关注|下载)/u,
	/^(?:值班编委|责任编辑|责编|编辑|美编|美术编辑|校对|组版|版式|版式设计|审读|签发)[：:\s]/u,
	/^(?:第?[一二三四五六七八九十\d]+版|[A-Z]?\d{1,2}版)[：:\s]?/u,
	/^(?:(?:掌上衡阳|衡阳日报|衡阳晚报|衡阳全搜索|衡阳新闻网|今日衡阳)[\s\u3000]*){2,}$/u,
	/^(?:本版(?:编辑|责编)|版面设计)/u,
];

/** Staff words that start a byline printed without ■ (■ is the usual mark). */
const BYLINE_WORDS =
	/^(?:本报评论员|本报记者|记者|全媒体记者|通讯员|见习记者|实习生|策划|统筹|文\/|图\/)/u;

/** Last characters that cannot end a headline: a line ending in them was cut by a column break. */
const CUT_ENDING = /[的个了和与及在对把将从等之这那每各其或并为向于被让使由以是有]$/u;

/** True when the text ends a sentence (or a list item / lead-in), i.e. the paragraph is complete. */
export function endsSentence(text: string): boolean {
	return /[。！？!?…；;：:”’」』）)】——]$/u.test(text);
}

/** True for a short line with no sentence-ending punctuation: a headline or section heading. */
export function isHeadlike(text: string): boolean {
	const length = Array.from(text).length;
	if (length < 2 || length > 40) return false;
	if (/[。！？；…]$/u.test(text) || /[，、:：]$/u.test(text)) return false;
	if ((text.match(/[，,]/gu) ?? []).length > 1) return false;
	if (text.includes('。')) return false;
	if (CUT_ENDING.test(text) && length > 12) return false;
	return true;
}

/** ■策划/…, ■本报评论员, ■衡阳日报社全媒体记者 邓江虹 — a byline (not a photo credit ending in 摄). */
function isByline(text: string): boolean {
	if (text.endsWith('摄')) return false;
	if (text.startsWith('■')) return true;
	return BYLINE_WORDS.test(text) && Array.from(text).length <= 60 && !endsSentence(text);
}

function isCredit(text: string): boolean {
	return /^■?[^。，■]{1,30}\s*摄$/u.test(text) && (text.startsWith('■') || /\s摄$/u.test(text));
}

/** 1, 2 or 一, 二 alone: a section number whose heading is on the next line. */
function isNumberMarker(text: string): boolean {
	return /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.、．]?$/u.test(text);
}

/** 【动能一】: alone: a section label whose heading is (usually) on the next line. */
function isBracketMarker(text: string): boolean {
	return /^【[^】]{1,12}】[:：]?$/u.test(text);
}

/** ★经济实现快速发展, 【答卷一】综合实力稳步提升: a heading marked as such by the paper. */
function isMarkedHeading(text: string): boolean {
	return (
		(/^[★☆◆◇●■▲]/u.test(text) && !text.startsWith('■')) ||
		/^【[^】]{1,12}】[^。]{1,30}$/u.test(text)
	);
}

/**
 * Gives every piece its local kind. A caption is a short sentence that opens a new frame (two or more
 * blank lines before it) or carries a ■… 摄 credit; it never starts with a dateline.
 */
export function classifyPieces(pieces: Piece[]): Classified[] {
	return pieces.map((piece, index) => {
		const next = pieces[index + 1];
		const text = piece.plain;
		const local = ((): LocalKind => {
			if (piece.hint === 'continuation') return 'continuation';
			if (piece.hint === 'dateline') return 'dateline';
			if (piece.hint === 'credit') return 'credit';
			if (piece.hint === 'kicker') return 'kicker';
			if (piece.hint === 'title') return 'title';
			if (FURNITURE.some((pattern) => pattern.test(text))) return 'furniture';
			if (isCredit(text)) return 'credit';
			if (isByline(text)) return 'byline';
			if (isNumberMarker(text) || isBracketMarker(text)) return 'marker';
			if (isMarkedHeading(text)) return 'heading';
			const length = Array.from(text).length;
			const creditFollows = next?.line === piece.line && next.hint === 'credit';
			const creditBelow = next !== undefined && next.hint !== 'credit' && isCredit(next.plain);
			if (
				length <= 60 &&
				(piece.gapBefore >= 2 || creditFollows) &&
				(/[。！？!]$/u.test(text) || creditFollows || creditBelow)
			)
				return 'caption';
			if (isHeadlike(text)) return 'headlike';
			return 'paragraph';
		})();
		return { ...piece, local };
	});
}
