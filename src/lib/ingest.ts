import { createHash } from 'node:crypto';
import {
	articleSchema,
	type Article,
	type Caption,
	type Credit,
	type Genre,
} from '../schemas/article.ts';
import { pageRecordSchema, type PageRecord } from '../schemas/page.ts';
import type { Overrides } from '../schemas/overrides.ts';
import {
	assemblePage,
	headerRoles,
	nodePieces,
	type BodyNode,
	type Draft,
	type HeadingClass,
} from './assemble.ts';
import { classifyPieces, type Classified } from './classify.ts';
import { parseByline, parseDateline, parsePhotoCredit, uniqueCredits } from './credits.ts';
import { fillFromPage, findDate, type DateFinding } from './dates.ts';
import { decodeRaw } from './decode.ts';
import { rankRegions } from './gazetteer.ts';
import { IngestError } from './ingest-error.ts';
import { bodyMarkdown, type BodyUnit } from './markdown.ts';
import { normalisePunctuation, normaliseText } from './normalise.ts';
import { checkOverrideLines, overrideLine } from './overrides.ts';
import { findPeople } from './people.ts';
import { toSimplified, traditionalShare } from './script.ts';
import { segmentPage } from './segment.ts';
import { articleId, uniqueIds } from './slug.ts';
import { findSlogans } from './slogans.ts';

/** One article ready to be written: validated frontmatter and Markdown body. */
export interface ArticleEntry {
	data: Article;
	body: string;
}

/** Everything the ingest makes of one raw file. */
export interface PageResult {
	page: PageRecord;
	articles: ArticleEntry[];
	/** Lines for the ingest log (how the file was decoded, what was unsure). */
	log: string[];
}

const clean = (text: string): string => normalisePunctuation(text).trim();
const joinPieces = (pieces: Classified[], separator: string): string =>
	clean(pieces.map((piece) => piece.text).join(separator));

/** Heading text: a marker and its words on one line (【动能一】: + 项目建设… → 【动能一】：项目建设…). */
function headingText(pieces: Classified[]): string {
	const parts = pieces.map((piece) => clean(piece.text));
	const [marker, ...rest] = parts;
	if (marker === undefined) return '';
	if (rest.length === 0) return marker;
	if (/^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.、．]?$/u.test(marker))
		return `${marker} ${rest.join(' ')}`;
	if (marker.startsWith('【')) return `${marker}${rest.join(' ')}`;
	return parts.join(' ');
}

/** Heading levels of an article: the marking seen first is ## , the next ###, and so on. */
function headingLevels(body: BodyNode[]): Map<HeadingClass, number> {
	const levels = new Map<HeadingClass, number>();
	for (const node of body)
		if (node.type === 'heading' && !levels.has(node.cls)) levels.set(node.cls, levels.size + 2);
	return levels;
}

function bodyUnits(draft: Draft): BodyUnit[] {
	const levels = headingLevels(draft.body);
	const units: BodyUnit[] = [];
	for (const node of draft.body) {
		if (node.type === 'paragraph')
			units.push({ type: 'paragraph', text: joinPieces(node.pieces, '') });
		else if (node.type === 'heading')
			units.push({
				type: 'heading',
				level: levels.get(node.cls) ?? 2,
				text: headingText(node.pieces),
			});
		else if (node.type === 'marker')
			units.push({ type: 'paragraph', text: clean(node.piece.text) });
	}
	return units;
}

function captionsOf(draft: Draft): { captions: Caption[]; credits: Credit[] } {
	const captions: Caption[] = [];
	const credits: Credit[] = [];
	for (const node of draft.body) {
		if (node.type === 'caption') {
			const caption: Caption = { text: clean(node.piece.text), line: node.piece.line };
			if (node.credit) {
				caption.credit = node.credit.text.replace(/^■\s*/u, '').trim();
				credits.push(...parsePhotoCredit(node.credit.plain));
			}
			captions.push(caption);
		} else if (node.type === 'credit') credits.push(...parsePhotoCredit(node.piece.plain));
	}
	return { captions, credits };
}

function genreOf(draft: Draft, units: BodyUnit[], captions: Caption[]): Genre | null {
	if (draft.byline && /评论员|短评|时评|社论/u.test(draft.byline.plain)) return '评论';
	if (!units.some((unit) => unit.type === 'paragraph') && captions.length > 0) return '图片';
	if (draft.continuation) return null;
	if (draft.dateline) return '消息';
	if (draft.byline) return '通讯';
	return null;
}

interface Prepared {
	draft: Draft;
	units: BodyUnit[];
	headline: { kicker?: string; title?: string; subtitle?: string };
	/** Simplified-character text of the headline and of the body, for metadata. */
	plainHeadline: string;
	plainText: string;
	captions: Caption[];
	credits: Credit[];
	date: DateFinding;
}

function headlineOf(draft: Draft): Prepared['headline'] {
	const roles = headerRoles(draft.header);
	const pick = (role: 'kicker' | 'title' | 'subtitle'): string | undefined => {
		const pieces = draft.header.filter((piece) => roles.get(piece) === role);
		return pieces.length > 0 ? joinPieces(pieces, ' ').replace(/\s+/gu, ' ') : undefined;
	};
	const out: Prepared['headline'] = {};
	const kicker = pick('kicker');
	const title = pick('title');
	const subtitle = pick('subtitle');
	if (kicker !== undefined) out.kicker = kicker;
	if (title !== undefined) out.title = title;
	if (subtitle !== undefined) out.subtitle = subtitle;
	return out;
}

function prepare(draft: Draft): Prepared {
	const units = bodyUnits(draft);
	const headline = headlineOf(draft);
	const plainText = draft.body
		.filter((node) => node.type === 'paragraph' || node.type === 'heading')
		.map((node) =>
			clean(
				nodePieces(node)
					.map((piece) => piece.plain)
					.join(''),
			),
		)
		.join('\n');
	const plainHeadline = clean(draft.header.map((piece) => piece.plain).join(' '));
	const { captions, credits: photoCredits } = captionsOf(draft);
	const credits = uniqueCredits([
		...(draft.byline ? parseByline(draft.byline.plain) : []),
		...(draft.dateline ? parseDateline(draft.dateline.plain) : []),
		...photoCredits,
	]);
	return {
		draft,
		units,
		headline,
		plainHeadline,
		plainText,
		captions,
		credits,
		date: findDate(plainText),
	};
}

/** A title for a story the page prints none for: its first words. */
function derivedTitle(prepared: Prepared): string {
	const first =
		prepared.units.find((unit) => unit.type === 'paragraph')?.text ??
		prepared.captions[0]?.text ??
		'无题';
	const clause = Array.from(first.split(/[，。；！？]/u)[0] ?? first)
		.slice(0, 20)
		.join('');
	const marker = prepared.draft.continuation ? clean(prepared.draft.continuation.text) : '';
	return `${marker}${clause}…`;
}

function linesOf(
	draft: Draft,
	placements: ReturnType<typeof assemblePage>['placements'],
): [number, number] {
	const lines = [...placements.entries()]
		.filter(([, placement]) => placement.draft === draft)
		.map(([piece]) => piece.line);
	return [Math.min(...lines), Math.max(...lines)];
}

/**
 * Ingests one raw file: decode → normalise → segment → classify → assemble → extract metadata →
 * validate. Returns the page record and the article entries; ids are unique within the page (the
 * caller makes them unique across pages with finishIds).
 */
export function ingestPage(file: string, bytes: Uint8Array, overrides: Overrides = {}): PageResult {
	const decoded = decodeRaw(bytes, file);
	const text = normaliseText(decoded.text);
	const lineCount = text.split('\n').length;
	checkOverrideLines(overrides, file, lineCount);
	const shadow = toSimplified(text);
	const traditional = traditionalShare(text, shadow);
	const pieces = classifyPieces(segmentPage(text, shadow));
	if (pieces.length === 0)
		throw new IngestError(file, undefined, 'the file has no text (only white space)');
	const { drafts, placements, captionProblems } = assemblePage(
		pieces,
		new Set(overrides.split ?? []),
		overrides.captions ?? [],
	);
	const metaFile = `${file.replace(/\.txt$/u, '')}.meta.yaml`;
	const problem = captionProblems[0];
	const problemEntry = problem ? overrides.captions?.[problem.index] : undefined;
	if (problem && problemEntry)
		throw new IngestError(
			metaFile,
			overrideLine(problemEntry),
			`captions.${String(problem.index)}.${problem.field}: ${problem.message}`,
		);
	const prepared = drafts.map(prepare);
	const dates = fillFromPage(prepared.map((item) => item.date));
	const pageText = prepared.map((item) => item.plainText).join('\n');

	const entries = prepared.map((item, index) => {
		const draft = item.draft;
		const lines = linesOf(draft, placements);
		const override = (overrides.articles ?? []).find((candidate) =>
			[...placements.entries()].some(
				([piece, placement]) => placement.draft === draft && piece.line === candidate.line,
			),
		);
		let date = dates[index] ?? item.date;
		if (override?.date)
			date = {
				date: override.date,
				basis: { method: 'override', evidence: `${file.replace(/\.txt$/u, '')}.meta.yaml` },
			};
		else if (
			overrides.date &&
			date.basis.method !== 'full-date' &&
			date.basis.method !== 'month-day+year' &&
			date.basis.method !== 'month-day+lunar'
		)
			date = {
				date: overrides.date,
				basis: {
					method: 'override',
					evidence: `${file.replace(/\.txt$/u, '')}.meta.yaml（整版日期）`,
				},
			};
		const printedTitle = item.headline.title;
		const title = override?.title ?? printedTitle ?? derivedTitle(item);
		const titleSource = override?.title ? 'override' : printedTitle ? 'printed' : 'derived';
		const headlineText = override?.title
			? `${item.plainHeadline} ${toSimplified(override.title)}`
			: item.plainHeadline;
		const captionText = toSimplified(item.captions.map((caption) => caption.text).join('\n'));
		const data: Article = {
			id: override?.id ?? articleId(date.date, title),
			title,
			titleSource,
			credits: item.credits,
			date: date.date,
			dateBasis: date.basis,
			genre: override?.genre ?? genreOf(draft, item.units, item.captions),
			regions: rankRegions(headlineText, `${item.plainText}\n${captionText}`),
			// Why the captions: a formula printed only under a photo (“四岗联动”) is the article's too.
			slogans: findSlogans(`${headlineText}\n${item.plainText}\n${captionText}`),
			people: findPeople(item.plainText, pageText),
			captions: item.captions,
			source: { file, part: index + 1, lines },
			doubts: [...draft.doubts].sort((a, b) => a.line - b.line || a.kind.localeCompare(b.kind)),
		};
		const kicker = override?.kicker ?? item.headline.kicker;
		const subtitle = override?.subtitle ?? item.headline.subtitle;
		if (kicker !== undefined) data.kicker = kicker;
		if (subtitle !== undefined) data.subtitle = subtitle;
		if (draft.banner.length > 0) data.column = joinPieces(draft.banner, ' ');
		if (draft.byline) data.byline = draft.byline.text;
		if (draft.dateline) data.dateline = clean(draft.dateline.text);
		return { data, body: bodyMarkdown(item.units) };
	});

	for (const wanted of overrides.articles ?? []) {
		const placed = [...placements.entries()].some(
			([piece, placement]) => placement.draft !== null && piece.line === wanted.line,
		);
		if (!placed)
			throw new IngestError(
				`${file.replace(/\.txt$/u, '')}.meta.yaml`,
				undefined,
				`articles: line ${String(wanted.line)} is in no article (blank, or page furniture); name a line of the article's title or text`,
			);
	}
	const ids = uniqueIds(entries.map((entry) => entry.data.id));
	entries.forEach((entry, index) => (entry.data.id = ids[index] ?? entry.data.id));
	const idOf = new Map(drafts.map((draft, index) => [draft, ids[index] ?? null]));

	const page: PageRecord = {
		file,
		encoding: decoded.encoding,
		sha256: createHash('sha256').update(bytes).digest('hex'),
		articles: ids,
		blocks: pieces.map((piece) => {
			const placement = placements.get(piece);
			if (!placement)
				throw new IngestError(
					file,
					piece.line,
					'internal: a block was not placed (please report this file)',
				);
			return {
				line: piece.line,
				column: piece.column,
				text: piece.text,
				kind: placement.kind,
				article: placement.draft ? (idOf.get(placement.draft) ?? null) : null,
			};
		}),
	};
	const script =
		traditional > 0.05
			? `; traditional characters (${(traditional * 100).toFixed(0)}% of Han characters), matched through a simplified shadow`
			: '';
	const log = [`${file}: ${decoded.note}${script}; ${String(entries.length)} article(s)`];
	for (const entry of entries)
		for (const doubt of entry.data.doubts)
			log.push(`${file}:${String(doubt.line)}: ${doubt.kind}: ${doubt.note}`);
	return { page, articles: entries, log };
}

/** Adds, to each article, the formulas found quoted elsewhere in the archive that it uses unquoted. */
export function completeSlogans(pages: PageResult[]): void {
	const known = new Set(
		pages.flatMap((page) => page.articles.flatMap((entry) => entry.data.slogans)),
	);
	const lexicon = [...known].filter((slogan) => Array.from(slogan).length >= 4);
	for (const entry of pages.flatMap((page) => page.articles)) {
		const text = `${entry.data.title}\n${entry.body}`;
		const extra = lexicon.filter(
			(slogan) => !entry.data.slogans.includes(slogan) && text.includes(slogan),
		);
		if (extra.length === 0) continue;
		entry.data.slogans = [...entry.data.slogans, ...extra].sort(
			(a, b) => text.indexOf(a) - text.indexOf(b),
		);
	}
}

/** Makes ids unique across pages (in file order) and updates the page records to match. */
export function finishIds(pages: PageResult[]): void {
	const all = pages.flatMap((page) => page.articles);
	const ids = uniqueIds(all.map((entry) => entry.data.id));
	let k = 0;
	for (const page of pages) {
		const renamed = new Map<string, string>();
		for (const entry of page.articles) {
			const id = ids[k++] ?? entry.data.id;
			renamed.set(entry.data.id, id);
			entry.data.id = id;
		}
		page.page.articles = page.page.articles.map((id) => renamed.get(id) ?? id);
		for (const block of page.page.blocks)
			if (block.article !== null) block.article = renamed.get(block.article) ?? block.article;
	}
}

/**
 * Validates one page's record and entries against the shared schemas. Returns the errors, each naming
 * the raw file and the first line of the article at fault, rather than throwing.
 */
export function validatePage(page: PageResult): IngestError[] {
	const errors: IngestError[] = [];
	const record = pageRecordSchema.safeParse(page.page);
	if (!record.success)
		errors.push(
			new IngestError(page.page.file, undefined, `page record invalid: ${record.error.message}`),
		);
	for (const entry of page.articles) {
		const result = articleSchema.safeParse(entry.data);
		if (!result.success)
			errors.push(
				new IngestError(
					page.page.file,
					entry.data.source.lines[0],
					`article ${entry.data.id} invalid: ${result.error.message}`,
				),
			);
	}
	return errors;
}
