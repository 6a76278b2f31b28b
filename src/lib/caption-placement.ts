import type { BodyNode, Draft } from './assemble.ts';
import type { Classified } from './classify.ts';
import { containment } from './similarity.ts';

type CaptionNode = Extract<BodyNode, { type: 'caption' }>;

/** A maintainer's move of one caption (and its photo credit) to the article holding another line. */
export interface CaptionMove {
	/** 1-based raw line of the caption text. */
	line: number;
	/** Any 1-based raw line of the article the caption belongs to. */
	article: number;
}

/** A caption move that could not be made: which one (its index) and why. */
export interface CaptionMoveProblem {
	index: number;
	field: 'line' | 'article';
	message: string;
}

/** The pieces of a draft other than its captions and photo credits: which story a line belongs to. */
function ownPieces(draft: Draft): Classified[] {
	const out = [...draft.header];
	if (draft.byline) out.push(draft.byline);
	if (draft.dateline) out.push(draft.dateline);
	if (draft.continuation) out.push(draft.continuation);
	out.push(...draft.banner);
	for (const node of draft.body)
		if (node.type === 'paragraph' || node.type === 'heading') out.push(...node.pieces);
		else if (node.type === 'marker') out.push(node.piece);
	return out;
}

function captionNodes(drafts: Draft[]): { node: CaptionNode; draft: Draft }[] {
	return drafts.flatMap((draft) =>
		draft.body.flatMap((node) => (node.type === 'caption' ? [{ node, draft }] : [])),
	);
}

/** Moves a caption node to another draft, before the first of its body nodes printed after the caption. */
function moveCaption(
	node: CaptionNode,
	from: Draft,
	to: Draft,
	order: Map<Classified, number>,
): void {
	from.body = from.body.filter((other) => other !== node);
	const at = order.get(node.piece) ?? 0;
	const firstOf = (other: BodyNode): number => {
		const piece =
			other.type === 'paragraph' || other.type === 'heading' ? other.pieces[0] : other.piece;
		return piece ? (order.get(piece) ?? 0) : 0;
	};
	const index = to.body.findIndex((other) => firstOf(other) > at);
	if (index === -1) to.body.push(node);
	else to.body.splice(index, 0, node);
}

const MONTH_DAY = /\d{1,2}月\d{1,2}日/gu;

/**
 * How well a caption's words fit a story: the share of its character pairs in the story's headline
 * and text, plus 1 when the caption prints a date (2月7日) the story prints and the other does not.
 */
function fit(caption: string, text: string, other: string): number {
	const dates = caption.match(MONTH_DAY) ?? [];
	const dated = dates.some((date) => text.includes(date) && !other.includes(date)) ? 1 : 0;
	return containment(caption, text) + dated;
}

function storyText(draft: Draft): string {
	return ownPieces(draft)
		.map((piece) => piece.plain)
		.join('\n');
}

/**
 * Places the captions printed between two stories, which the layout pass gave to the story before
 * them: to the story after them when the caption's words or date fit it clearly better (a margin of
 * 0.15 and twice the score), else they stay; either way a caption-placement doubt is noted. Then
 * applies the maintainer's moves (seeds/*.meta.yaml `captions:`), which need no doubt.
 * Why: 003's 2月7日…特变电工…装配车间 stands above the feature's banner and body (its 虎年首个工作日,
 * 2月7日, 特变电工), after the 南岳 story that never names them.
 */
export function placeCaptions(
	drafts: Draft[],
	pieces: Classified[],
	order: Map<Classified, number>,
	moves: readonly CaptionMove[] = [],
): CaptionMoveProblem[] {
	const owner = new Map<Classified, Draft>();
	for (const draft of drafts) for (const piece of ownPieces(draft)) owner.set(piece, draft);
	const moved = new Set(moves.map((move) => move.line));
	for (const { node, draft } of captionNodes(drafts)) {
		if (moved.has(node.piece.line)) continue;
		const at = order.get(node.credit ?? node.piece) ?? 0;
		const next = pieces
			.slice(at + 1)
			.find((piece) => owner.has(piece) && !owner.get(piece)?.banner.includes(piece));
		const nextDraft = next ? owner.get(next) : undefined;
		if (!nextDraft || nextDraft === draft) continue;
		const before = storyText(draft);
		const after = storyText(nextDraft);
		const mine = fit(node.piece.plain, before, after);
		const theirs = fit(node.piece.plain, after, before);
		if (theirs - mine >= 0.15 && theirs >= 2 * mine) {
			moveCaption(node, draft, nextDraft, order);
			nextDraft.doubts.push({
				line: node.piece.line,
				kind: 'caption-placement',
				note: `图片说明“${node.piece.text}”印在两篇报道之间；其用词${theirs >= 1 ? '和日期' : ''}与本篇相合，归入本篇（而非前一篇）`,
			});
		} else
			draft.doubts.push({
				line: node.piece.line,
				kind: 'caption-placement',
				note: `图片说明“${node.piece.text}”印在两篇报道之间，归入前一篇`,
			});
	}
	const problems: CaptionMoveProblem[] = [];
	moves.forEach((move, index) => {
		const found = captionNodes(drafts).find(({ node }) => node.piece.line === move.line);
		const target = drafts.find((draft) =>
			ownPieces(draft).some((piece) => piece.line === move.article),
		);
		if (!found)
			problems.push({
				index,
				field: 'line',
				message: `line ${String(move.line)} is not a photo caption; name the line of the caption text`,
			});
		else if (!target)
			problems.push({
				index,
				field: 'article',
				message: `line ${String(move.article)} is in no article (blank, page furniture or a caption); name a line of the article's title or text`,
			});
		else if (target !== found.draft) moveCaption(found.node, found.draft, target, order);
	});
	return problems;
}
