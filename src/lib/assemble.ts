import type { Doubt } from '../schemas/article.ts';
import type { BlockKind } from '../schemas/page.ts';
import { placeCaptions, type CaptionMove, type CaptionMoveProblem } from './caption-placement.ts';
import type { Classified } from './classify.ts';
import { joinColumnBreaks } from './joins.ts';
import { findRepeats, type RepeatParagraph } from './repeats.ts';
import { containment } from './similarity.ts';

export { findRepeats } from './repeats.ts';

/** How a section heading was marked on the page; decides its level within the article. */
export type HeadingClass = 'numeral' | 'plain' | 'star' | 'bracket';

/** One unit of an article body, in reading order. */
export type BodyNode =
	| { type: 'paragraph'; pieces: Classified[] }
	| { type: 'heading'; pieces: Classified[]; cls: HeadingClass }
	| { type: 'caption'; piece: Classified; credit?: Classified }
	| { type: 'credit'; piece: Classified }
	| { type: 'marker'; piece: Classified };

/** An article as assembled from a page, before its metadata is extracted. */
export interface Draft {
	/** Headline pieces (kicker, title, subtitle lines) in printed order. */
	header: Classified[];
	byline?: Classified;
	dateline?: Classified;
	/** （上接第一版）: the story continues from another page. */
	continuation?: Classified;
	/** Column banner pieces (聚力中心化攻坚年). */
	banner: Classified[];
	body: BodyNode[];
	doubts: Doubt[];
	/** Started by a dateline with no headline before it; gets a title from elsewhere on the page. */
	orphan: boolean;
}

/** Which block kind each piece ended as, and which draft took it (null: page furniture). */
export interface Placement {
	kind: BlockKind;
	draft: Draft | null;
}

/** The result of assembling one page. */
export interface Assembly {
	drafts: Draft[];
	placements: Map<Classified, Placement>;
	/** Maintainer's caption moves that could not be made (their index in the list, and why). */
	captionProblems: CaptionMoveProblem[];
}

function newDraft(header: Classified[] = []): Draft {
	return { header, banner: [], body: [], doubts: [], orphan: false };
}

/** All pieces of a body node. */
export function nodePieces(node: BodyNode): Classified[] {
	if (node.type === 'paragraph' || node.type === 'heading') return node.pieces;
	if (node.type === 'caption') return node.credit ? [node.piece, node.credit] : [node.piece];
	return [node.piece];
}

/** Every piece a draft holds. */
export function draftPieces(draft: Draft): Classified[] {
	const out = [...draft.header];
	if (draft.byline) out.push(draft.byline);
	if (draft.dateline) out.push(draft.dateline);
	if (draft.continuation) out.push(draft.continuation);
	out.push(...draft.banner);
	for (const node of draft.body) out.push(...nodePieces(node));
	return out;
}

/** Plain text of a draft's body paragraphs and headings. */
export function bodyText(nodes: BodyNode[]): string {
	return nodes
		.filter((node) => node.type === 'paragraph' || node.type === 'heading')
		.map((node) =>
			nodePieces(node)
				.map((piece) => piece.plain)
				.join(''),
		)
		.join('\n');
}

const hasBody = (draft: Draft): boolean => draft.body.some((node) => node.type === 'paragraph');

function headingClassOf(piece: Classified): HeadingClass {
	if (/^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.、．]?$/u.test(piece.plain)) return 'numeral';
	if (piece.plain.startsWith('【')) return 'bracket';
	if (piece.local === 'heading') return 'star';
	return 'plain';
}

/** A line such as 产业升级 项目攻坚 改革赋能 民生优先 平安建设: a kicker made of a list of phrases. */
function isPhraseList(text: string): boolean {
	const parts = text.split(/[ \u3000]+/u);
	return parts.length >= 3 && parts.every((part) => Array.from(part).length <= 6);
}

/** Splits a headline group into kicker, title and subtitle pieces. */
export function headerRoles(
	header: Classified[],
): Map<Classified, 'kicker' | 'title' | 'subtitle'> {
	const roles = new Map<Classified, 'kicker' | 'title' | 'subtitle'>();
	header.forEach((piece, index) => {
		const last = index === header.length - 1;
		if (piece.local === 'kicker') roles.set(piece, 'kicker');
		else if (piece.local === 'title') roles.set(piece, 'title');
		else if (/^[—–-]/u.test(piece.plain)) roles.set(piece, 'subtitle');
		else if (!last && (/(?:——|—|[：:])$/u.test(piece.plain) || isPhraseList(piece.plain)))
			roles.set(piece, 'kicker');
	});
	let haveTitle = [...roles.values()].includes('title');
	for (const piece of header) {
		if (roles.has(piece)) continue;
		if (!haveTitle) {
			roles.set(piece, 'title');
			haveTitle = true;
		} else roles.set(piece, 'subtitle');
	}
	return roles;
}

/** Walks the page once, opening a draft at each headline + byline/dateline, continuation mark or orphan dateline. */
function linearPass(
	pieces: Classified[],
	placements: Map<Classified, Placement>,
	splitLines: ReadonlySet<number>,
): Draft[] {
	const drafts: Draft[] = [];
	let current: Draft | null = null;
	let buffer: Classified[] = [];
	let bufferAfterBreak = false;
	let frameBreak = false;
	let openMarker: Extract<BodyNode, { type: 'heading' }> | null = null;
	const open = (draft: Draft): Draft => {
		drafts.push(draft);
		current = draft;
		return draft;
	};
	const pending = (): Draft | undefined =>
		drafts.find(
			(draft) => draft !== current && draft.header.length > 0 && !hasBody(draft) && !draft.orphan,
		);
	const flushAsHeadings = (): void => {
		if (buffer.length === 0) return;
		const target = current ?? open(newDraft());
		target.body.push({ type: 'heading', pieces: buffer, cls: 'plain' });
		buffer = [];
	};

	let previousLine = 0;
	for (const piece of pieces) {
		if (splitLines.has(piece.line) && piece.line !== previousLine) {
			// A maintainer's split: whatever follows starts a new article.
			flushAsHeadings();
			current = null;
			frameBreak = true;
		}
		previousLine = piece.line;
		const breakHere = frameBreak || piece.gapBefore >= 2;
		if (openMarker && piece.gapBefore <= 1) {
			const short = Array.from(piece.plain).length <= 40;
			const sentenceInside =
				/[。；]/u.test(piece.plain.slice(0, -1)) || /[。；，、]$/u.test(piece.plain);
			if (piece.local === 'headlike' || (piece.local === 'paragraph' && short && !sentenceInside)) {
				openMarker.pieces.push(piece);
				openMarker = null;
				continue;
			}
		}
		openMarker = null;
		switch (piece.local) {
			case 'furniture':
				placements.set(piece, { kind: 'furniture', draft: null });
				continue;
			case 'headlike':
			case 'kicker':
			case 'title':
				if (buffer.length === 0) bufferAfterBreak = breakHere;
				buffer.push(piece);
				frameBreak = false;
				continue;
			case 'byline':
			case 'dateline': {
				const field = piece.local;
				const c = current;
				if (buffer.length > 0) {
					const draft = open(newDraft(buffer));
					draft[field] = piece;
					buffer = [];
				} else if (c && c.header.length > 0 && !hasBody(c) && c[field] === undefined) {
					c[field] = piece;
				} else {
					const draft = open(newDraft());
					draft[field] = piece;
					draft.orphan = true;
				}
				frameBreak = false;
				continue;
			}
			case 'continuation':
				if (/(?:下转|转第)/u.test(piece.plain)) {
					flushAsHeadings();
					(current ?? open(newDraft())).body.push({ type: 'marker', piece });
				} else {
					flushAsHeadings();
					const draft = open(newDraft());
					draft.continuation = piece;
				}
				frameBreak = false;
				continue;
			case 'caption':
				flushAsHeadings();
				(current ?? open(newDraft())).body.push({ type: 'caption', piece });
				frameBreak = true;
				continue;
			case 'credit': {
				flushAsHeadings();
				const target = current ?? open(newDraft());
				const last = target.body.at(-1);
				if (last?.type === 'caption' && last.credit === undefined) last.credit = piece;
				else target.body.push({ type: 'credit', piece });
				frameBreak = true;
				continue;
			}
			case 'marker':
			case 'heading':
			case 'paragraph': {
				const waiting = pending();
				if (buffer.length > 0) {
					if (piece.local === 'paragraph' && waiting && bufferAfterBreak) {
						// Why: 003 prints the feature's title and byline at the top, then a commentary and a
						// story; its body resumes after a photo under the banner 聚力中心化攻坚年.
						waiting.banner.push(...buffer);
						buffer = [];
						current = waiting;
						noteBodyPlacement(waiting, piece);
					} else if (current === null) {
						open(newDraft(buffer));
						buffer = [];
					} else flushAsHeadings();
				} else if (breakHere && waiting && piece.local === 'paragraph') {
					current = waiting;
					noteBodyPlacement(waiting, piece);
				}
				const target = current ?? open({ ...newDraft(), orphan: piece.local === 'paragraph' });
				if (piece.local === 'paragraph') target.body.push({ type: 'paragraph', pieces: [piece] });
				else {
					const node: Extract<BodyNode, { type: 'heading' }> = {
						type: 'heading',
						pieces: [piece],
						cls: headingClassOf(piece),
					};
					target.body.push(node);
					if (piece.local === 'marker') openMarker = node;
				}
				frameBreak = false;
				continue;
			}
		}
	}
	flushAsHeadings();
	return drafts;
}

function noteBodyPlacement(draft: Draft, piece: Classified): void {
	const titleLine = draft.header[0]?.line ?? piece.line;
	draft.doubts.push({
		line: piece.line,
		kind: 'body-placement',
		note: `此处正文接第${String(titleLine)}行的标题（标题与正文在版面上相隔，依版面推断）`,
	});
}

/** Text used to compare a draft with candidate titles: its paragraphs and headings. */
const draftText = (draft: Draft): string => bodyText(draft.body);

interface Candidate {
	score: number;
	apply: () => void;
}

/** Gives each orphan (a dateline with no headline) the headline that belongs to it, if the page has one. */
function resolveOrphans(drafts: Draft[]): Draft[] {
	for (const orphan of drafts.filter((draft) => draft.orphan)) {
		const text = draftText(orphan);
		const candidates: Candidate[] = [];
		for (const host of drafts) {
			if (host === orphan || host.orphan) continue;
			// A headline with no story under it.
			if (host.header.length > 0 && !hasBody(host)) {
				const headline = host.header.map((piece) => piece.plain).join('');
				candidates.push({
					score: 1 + containment(headline, text),
					apply: () => {
						const firstPiece = orphan.dateline ?? orphan.byline ?? draftPieces(orphan)[0];
						if (orphan.dateline && !host.dateline) host.dateline = orphan.dateline;
						if (orphan.byline && !host.byline) host.byline = orphan.byline;
						host.body.push(...orphan.body);
						orphan.body = [];
						delete orphan.dateline;
						delete orphan.byline;
						if (firstPiece) noteBodyPlacement(host, firstPiece);
					},
				});
			}
			// Two headlines stacked over one story: the first may be another story's.
			const roles = headerRoles(host.header);
			const titles = host.header.filter((piece) => roles.get(piece) !== 'kicker');
			const first = titles[0];
			if (titles.length >= 2 && first && !/^[—–-]/u.test(titles[1]?.plain ?? '—')) {
				const own = containment(first.plain, draftText(host));
				const theirs = containment(first.plain, text);
				if (theirs >= 0.35 && theirs - own >= 0.25)
					candidates.push({
						score: theirs - own,
						apply: () => {
							host.header = host.header.filter((piece) => piece !== first);
							orphan.header = [first];
							const doubt = `第${String(first.line)}行的标题与紧随其后的另一标题叠排；按用词判断它属于第${String(orphan.dateline?.line ?? first.line)}行起的报道`;
							// Only the story that took the title is unsure of it; the host keeps its own headline.
							orphan.doubts.push({ line: first.line, kind: 'title-placement', note: doubt });
						},
					});
			}
			// A section heading that is really this story's headline, with the text printed under it.
			host.body.forEach((node, index) => {
				if (node.type !== 'heading' || node.cls !== 'plain') return;
				const end = host.body.findIndex((other, k) => k > index && other.type === 'heading');
				const section = host.body.slice(index, end === -1 ? undefined : end);
				const rest = [...host.body.slice(0, index), ...host.body.slice(index + section.length)];
				const headline = nodePieces(node)
					.map((piece) => piece.plain)
					.join('');
				const theirs = containment(headline, text);
				const own = containment(headline, bodyText(rest));
				if (theirs >= 0.35 && theirs - own >= 0.25)
					candidates.push({
						score: theirs - own,
						apply: () => {
							host.body = rest;
							orphan.header = nodePieces(node);
							const moved = section.slice(1);
							const firstMoved = moved[0];
							orphan.body.push(...moved);
							if (firstMoved) {
								const movedLine = nodePieces(firstMoved)[0]?.line ?? node.pieces[0]?.line ?? 1;
								orphan.doubts.push({
									line: movedLine,
									kind: 'order',
									note: `标题（第${String(node.pieces[0]?.line ?? movedLine)}行）下印的文字排在电头（第${String(orphan.dateline?.line ?? movedLine)}行）之前；电头所在段落放在最前，其余按版面顺序随后，次序未必与原文一致`,
								});
							}
						},
					});
			});
		}
		candidates.sort((a, b) => b.score - a.score);
		const best = candidates[0];
		if (best) {
			best.apply();
			orphan.orphan = orphan.header.length === 0;
		}
	}
	return drafts.filter((draft) => draftPieces(draft).length > 0);
}

/** Puts the body paragraphs that open with the story's dateline first (a dateline always opens a story). */
function datelineFirst(draft: Draft): void {
	if (!draft.dateline) return;
	const datelineOrder = draft.dateline.line;
	const before = draft.body.filter((node) => (nodePieces(node)[0]?.line ?? 0) < datelineOrder);
	if (before.length === 0 || !before.some((node) => node.type === 'paragraph')) return;
	const after = draft.body.filter((node) => !before.includes(node));
	draft.body = [...after, ...before];
	if (!draft.doubts.some((doubt) => doubt.kind === 'order'))
		draft.doubts.push({
			line: draft.dateline.line,
			kind: 'order',
			note: `电头（第${String(datelineOrder)}行）之前已印有本文文字；电头段落放在最前，其余按版面顺序随后，次序未必与原文一致`,
		});
}

function placeAll(drafts: Draft[], placements: Map<Classified, Placement>): void {
	for (const draft of drafts) {
		const roles = headerRoles(draft.header);
		for (const piece of draft.header)
			placements.set(piece, { kind: roles.get(piece) ?? 'title', draft });
		if (draft.byline) placements.set(draft.byline, { kind: 'byline', draft });
		if (draft.dateline) placements.set(draft.dateline, { kind: 'dateline', draft });
		if (draft.continuation) placements.set(draft.continuation, { kind: 'continuation', draft });
		for (const piece of draft.banner) placements.set(piece, { kind: 'banner', draft });
		for (const node of draft.body) {
			const kind: BlockKind =
				node.type === 'marker' ? 'continuation' : node.type === 'credit' ? 'credit' : node.type;
			for (const piece of nodePieces(node))
				placements.set(piece, { kind: piece.local === 'credit' ? 'credit' : kind, draft });
		}
	}
}

/** A draft's paragraphs for findRepeats, each with the line of its own paragraph printed right after it. */
function repeatParagraphs(
	draft: Draft,
	pieces: Classified[],
	order: Map<Classified, number>,
): RepeatParagraph[] {
	const nodes = draft.body.filter((node) => node.type === 'paragraph');
	const heads = new Set(nodes.flatMap((node) => node.pieces.slice(0, 1)));
	return nodes.map((node) => {
		const last = node.pieces.at(-1);
		const after = last ? pieces[(order.get(last) ?? -2) + 1] : undefined;
		const paragraph: RepeatParagraph = {
			line: node.pieces[0]?.line ?? 0,
			text: node.pieces.map((piece) => piece.text).join(''),
		};
		if (after && heads.has(after)) paragraph.next = after.line;
		return paragraph;
	});
}

/** Notes a numbered section label printed with no heading text (【动能五】: straight above a paragraph). */
function noteEmptyHeadings(draft: Draft): void {
	for (const node of draft.body) {
		const marker = node.type === 'heading' ? node.pieces[0] : undefined;
		if (!marker || node.type !== 'heading' || node.pieces.length !== 1) continue;
		if (marker.local !== 'marker' || (node.cls !== 'bracket' && node.cls !== 'numeral')) continue;
		draft.doubts.push({
			line: marker.line,
			kind: 'truncated',
			note: `小标题“${marker.text}”后没有标题文字（本版未印出），其下的正文照录`,
		});
	}
}

/**
 * Assembles classified pieces into article drafts: headlines with their bylines and datelines, bodies
 * with headings and captions, orphan datelines matched to headlines printed elsewhere on the page,
 * column-break fragments joined, repeated text and cut paragraphs noted.
 */
export function assemblePage(
	pieces: Classified[],
	splitLines: ReadonlySet<number> = new Set(),
	captionMoves: readonly CaptionMove[] = [],
): Assembly {
	const placements = new Map<Classified, Placement>();
	const order = new Map(pieces.map((piece, index) => [piece, index]));
	let drafts = resolveOrphans(linearPass(pieces, placements, splitLines));
	for (const draft of drafts) {
		datelineFirst(draft);
		joinColumnBreaks(draft, order);
		noteEmptyHeadings(draft);
		draft.doubts.push(...findRepeats(repeatParagraphs(draft, pieces, order)));
	}
	const captionProblems = placeCaptions(drafts, pieces, order, captionMoves);
	drafts = drafts.filter((draft) => draftPieces(draft).length > 0);
	const first = (draft: Draft): number =>
		Math.min(...draftPieces(draft).map((piece) => order.get(piece) ?? 0));
	drafts.sort((a, b) => first(a) - first(b));
	placeAll(drafts, placements);
	return { drafts, placements, captionProblems };
}
