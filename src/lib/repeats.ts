import type { Doubt } from '../schemas/article.ts';

/** One paragraph as findRepeats sees it. */
export interface RepeatParagraph {
	/** 1-based raw line the paragraph starts on. */
	line: number;
	text: string;
	/** Line of the paragraph of the same article printed right after this one, if there is one. */
	next?: number;
}

/** Punctuation a clause can start after: text printed twice from here on was not spliced into a sentence. */
const CLAUSE_END = /[。！？!?；;，,、：:…”’」』）)—]$/u;

/** A repeat found in two paragraphs: where each copy starts, and how long it is (UTF-16 units). */
interface Copy {
	paragraph: RepeatParagraph;
	start: number;
	length: number;
}

/**
 * How strongly a copy looks spliced into its paragraph: 2 when it starts in the middle of a clause
 * (室内型景区 + 新建或改建…), 1 more when it ends its paragraph and the story goes on in the next
 * paragraph printed after it (the text it displaced resumes there).
 */
function spliceScore(copy: Copy): number {
	const before = copy.paragraph.text.slice(0, copy.start);
	let score = before !== '' && !CLAUSE_END.test(before) ? 2 : 0;
	if (copy.start + copy.length === copy.paragraph.text.length && copy.paragraph.next !== undefined)
		score++;
	return score;
}

/** The doubts for one repeat: on the copy that holds the repeat, and on the sentence it cut. */
function repeatDoubts(earlier: Copy, later: Copy): Doubt[] {
	// Why: in 004 the copy spliced into line 85 (已成为提升干警政治 + 业务技能竞赛…) comes before the
	// genuine one on line 89, in 003 the spliced copy (line 43) comes after; a tie keeps the later.
	const scores = [spliceScore(earlier), spliceScore(later)] as const;
	const holder = scores[0] > scores[1] ? earlier : later;
	const genuine = holder === earlier ? later : earlier;
	const span = holder.paragraph.text.slice(holder.start, holder.start + holder.length);
	const doubts: Doubt[] = [
		{
			line: holder.paragraph.line,
			kind: 'repeated',
			note: `“${span}”与第${String(genuine.paragraph.line)}行重复（疑为排版重复，原样保留）`,
		},
	];
	const before = holder.paragraph.text.slice(0, holder.start);
	// Only a clear decision says where the sentence was cut; a tie leaves it at the repeat.
	if (scores[0] === scores[1] || before === '' || CLAUSE_END.test(before)) return doubts;
	doubts.push({
		line: holder.paragraph.line,
		kind: 'truncated',
		note: `段落在“${Array.from(before).slice(-8).join('')}”处被重复印出的文字截断，原文的后文不在此处`,
	});
	const next = holder.paragraph.next;
	if (holder.start + holder.length === holder.paragraph.text.length && next !== undefined)
		doubts.push({
			line: next,
			kind: 'continuation',
			note: `第${String(holder.paragraph.line)}行的句子被重复文字截断；此段开头可能是那句话的后文，中间文字可能缺失`,
		});
	return doubts;
}

/**
 * Flags text printed twice within an article (layout garbage): kept, not dropped. The doubt goes on
 * the copy that looks spliced in (see spliceScore), with a note where it cut a sentence. Works on
 * UTF-16 units with a map of 12-unit windows, so it stays linear in the article's length.
 */
export function findRepeats(paragraphs: RepeatParagraph[], minimum = 40): Doubt[] {
	const K = 12;
	// Why a stride: a repeat of `minimum` units always covers a window that starts at a multiple of
	// it, so only those windows need remembering; every position is still looked up.
	const stride = minimum - K + 1;
	const seen = new Map<string, { paragraph: number; at: number }>();
	const doubts: Doubt[] = [];
	paragraphs.forEach((paragraph, index) => {
		const text = paragraph.text;
		let p = 0;
		while (p + K <= text.length) {
			const hit = seen.get(text.slice(p, p + K));
			const earlierParagraph = hit ? paragraphs[hit.paragraph] : undefined;
			if (hit && earlierParagraph) {
				const earlier = earlierParagraph.text;
				let back = 0;
				while (
					p - back > 0 &&
					hit.at - back > 0 &&
					text[p - back - 1] === earlier[hit.at - back - 1]
				)
					back++;
				let length = K + back;
				const start = p - back;
				const earlierStart = hit.at - back;
				while (
					start + length < text.length &&
					text[start + length] === earlier[earlierStart + length]
				)
					length++;
				if (length >= minimum) {
					doubts.push(
						...repeatDoubts(
							{ paragraph: earlierParagraph, start: earlierStart, length },
							{ paragraph, start, length },
						),
					);
					p = start + length;
					continue;
				}
			}
			p++;
		}
		for (let q = 0; q + K <= text.length; q += stride) {
			const key = text.slice(q, q + K);
			if (!seen.has(key)) seen.set(key, { paragraph: index, at: q });
		}
	});
	return doubts;
}
