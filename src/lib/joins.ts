import type { BodyNode, Draft } from './assemble.ts';
import { endsSentence, type Classified } from './classify.ts';

type Paragraph = Extract<BodyNode, { type: 'paragraph' }>;

/** A paragraph head that reads as the middle of a sentence: it opens with ，。、… or a quoted item + ；. */
const MID_SENTENCE_HEAD = /^(?:[，。、；：！？）」』]|“[^”]{1,12}”[；、])/u;

const isParagraph = (node: BodyNode | undefined): node is Paragraph => node?.type === 'paragraph';
const textOf = (pieces: Classified[]): string => pieces.map((piece) => piece.plain).join('');

/**
 * True when the article prints the tail's last two characters elsewhere, always followed by another
 * character than the head's first: the tail ends inside a word the head does not complete. Why: 003
 * cuts 由中国地报研 at a column break; 中国地报研究会 is printed whole twice, so 研 wants 究, not 红色城市.
 */
function wordCutElsewhere(tail: string, head: string, text: string): boolean {
	const end = Array.from(tail).slice(-2).join('');
	const first = Array.from(head)[0] ?? '';
	if (Array.from(end).length < 2 || !/^\p{Script=Han}+$/u.test(end)) return false;
	const followers = new Set<string>();
	for (let at = text.indexOf(end); at !== -1; at = text.indexOf(end, at + 1)) {
		const after = Array.from(text.slice(at + end.length))[0];
		if (after !== undefined && /\p{Script=Han}/u.test(after)) followers.add(after);
	}
	return followers.size > 0 && !followers.has(first);
}

/**
 * Heads that cannot start their paragraph where they stand: printed before the story's dateline (a
 * dateline opens a story, so the text printed above it continues something), or opening mid-sentence.
 */
function displacedHeads(draft: Draft, order: Map<Classified, number>): Paragraph[] {
	const datelineAt = draft.dateline ? (order.get(draft.dateline) ?? -1) : -1;
	const own = new Set(draft.body.filter(isParagraph).flatMap((node) => node.pieces));
	const byOrder = new Map([...own].map((piece) => [order.get(piece) ?? -1, piece]));
	return draft.body.slice(1).filter((node): node is Paragraph => {
		if (!isParagraph(node)) return false;
		const head = node.pieces[0];
		if (!head) return false;
		const at = order.get(head) ?? -1;
		if (MID_SENTENCE_HEAD.test(head.plain)) return true;
		return at < datelineAt && !byOrder.has(at - 1);
	});
}

/**
 * Joins a paragraph whose last sentence is cut to the one fragment of the article that continues it,
 * printed elsewhere in the layout, when exactly one tail and one head pair up (wordCutElsewhere rules
 * pairs out). The head and the paragraphs printed after it in the same run move behind the tail.
 * Why: 003 prints 红色城市、英雄城市… (line 105) under the headline, above 对衡阳这座 (line 109) that
 * it completes, and the story's dateline comes last (line 113).
 */
function joinDisplaced(draft: Draft, order: Map<Classified, number>): void {
	const text = draft.body
		.filter(isParagraph)
		.map((node) => textOf(node.pieces))
		.join('\n');
	const heads = displacedHeads(draft, order);
	const tails = draft.body.filter(
		(node): node is Paragraph =>
			isParagraph(node) && !endsSentence(node.pieces.at(-1)?.plain ?? '。'),
	);
	const fits = (tail: Paragraph, head: Paragraph): boolean =>
		tail !== head && !wordCutElsewhere(textOf(tail.pieces), textOf(head.pieces), text);
	for (const head of heads) {
		const candidates = tails.filter((tail) => fits(tail, head));
		const tail = candidates[0];
		if (candidates.length !== 1 || !tail) continue;
		if (heads.filter((other) => fits(tail, other)).length !== 1) continue;
		const body = draft.body;
		const start = body.indexOf(head);
		const run: Paragraph[] = [head];
		for (let k = start + 1; k < body.length; k++) {
			const node = body[k];
			const lastPiece = run.at(-1)?.pieces.at(-1);
			if (!isParagraph(node) || node === tail || !lastPiece) break;
			if ((order.get(node.pieces[0] ?? lastPiece) ?? 0) !== (order.get(lastPiece) ?? 0) + 1) break;
			run.push(node);
		}
		const tailPiece = tail.pieces.at(-1);
		const headPiece = head.pieces[0];
		const lastLine = run.at(-1)?.pieces[0]?.line;
		const kept = body.filter((node) => !(isParagraph(node) && run.includes(node)));
		kept.splice(kept.indexOf(tail) + 1, 0, ...run.slice(1));
		tail.pieces.push(...head.pieces);
		draft.body = kept;
		if (!tailPiece || !headPiece) continue;
		const moved =
			lastLine !== undefined && lastLine !== headPiece.line
				? `第${String(headPiece.line)}–${String(lastLine)}行`
				: `第${String(headPiece.line)}行`;
		draft.doubts.push({
			line: tailPiece.line,
			kind: 'order',
			note: `段落在“${Array.from(tailPiece.text).slice(-8).join('')}”处被栏断开，续文是印在别处的第${String(headPiece.line)}行（“${Array.from(headPiece.text).slice(0, 8).join('')}”）；已接上，${moved}移到此段之后（不按版面顺序），次序依文意推断`,
		});
		return;
	}
}

/** Joins paragraphs cut by a column break and notes the ones that stay cut. */
export function joinColumnBreaks(draft: Draft, order: Map<Classified, number>): void {
	const body: BodyNode[] = [];
	for (const node of draft.body) {
		const previous = body.at(-1);
		if (node.type === 'paragraph' && previous?.type === 'paragraph') {
			const tail = previous.pieces.at(-1);
			const head = node.pieces[0];
			if (
				tail &&
				head &&
				!endsSentence(tail.plain) &&
				(order.get(head) ?? 0) === (order.get(tail) ?? 0) + 1
			) {
				previous.pieces.push(...node.pieces);
				continue;
			}
		}
		body.push(node);
	}
	draft.body = body;
	joinDisplaced(draft, order);
	for (const node of draft.body) {
		if (node.type !== 'paragraph') continue;
		const tail = node.pieces.at(-1);
		const head = node.pieces[0];
		if (tail && !endsSentence(tail.plain))
			draft.doubts.push({
				line: tail.line,
				kind: 'truncated',
				note: `段落在“${Array.from(tail.text).slice(-8).join('')}”处中断，续文不在本版或未能确定位置`,
			});
		if (head && MID_SENTENCE_HEAD.test(head.plain))
			draft.doubts.push({
				line: head.line,
				kind: 'continuation',
				note: `段落以“${Array.from(head.text).slice(0, 8).join('')}”开头，像是句子中段；前文可能在另一栏`,
			});
	}
}
