import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { readGlossaryDir, splitFrontmatter } from '../../src/lib/glossary/glossary-fs.ts';
import { buildLexicon } from '../../src/lib/search/lexicon-build.ts';
import {
	findTerms,
	type Lexicon,
	type LexiconData,
	prepareLexicon,
	type TermSpan,
	termsStayInLines,
} from '../../src/lib/search/lexicon.ts';
import {
	articleSearchData,
	articleSearchText,
	articleTermKeys,
} from '../../src/lib/search/search-data.ts';
import { segmentRange, segmentText } from '../../src/lib/search/segment.ts';
import { type CharMap, foldText, isHan } from '../../src/lib/search/text.ts';
import { markdownToPlainText } from '../../src/lib/site/markdown-to-plain-text.ts';
import { type Article, articleSchema } from '../../src/schemas/article.ts';
import { articles as fixtureArticles, fixtureLexicon } from './fixture.ts';

// The archive as the build reads it, and its lexicon as search-lexicon.ts builds it.
const articlesDir = fileURLToPath(new URL('../../content/articles/', import.meta.url));
const archive = readdirSync(articlesDir)
	.filter((name) => name.endsWith('.md'))
	.map((name) => {
		const { data, body } = splitFrontmatter(readFileSync(`${articlesDir}${name}`, 'utf8'), name);
		return { data: articleSchema.parse(data), bodyText: markdownToPlainText(body) };
	});
const lexicon = prepareLexicon(
	buildLexicon(
		archive.map(({ data, bodyText }) => ({ data, text: articleSearchText(data, bodyText) })),
		readGlossaryDir(new URL('../../content/glossary/', import.meta.url)),
	),
);
const archiveTexts = archive.map(({ data, bodyText }) => articleSearchText(data, bodyText));

/** foldText as first written: one character at a time, no cache. */
function referenceFold(text: string, charMap: CharMap): string {
	let out = '';
	for (const char of text) {
		const nfkc = char.normalize('NFKC');
		const base = nfkc.length === char.length ? nfkc : char;
		const lower = base.toLowerCase();
		const folded = lower.length === base.length ? lower : base;
		const simplified = charMap[folded];
		out += simplified?.length === folded.length ? simplified : folded;
	}
	return out;
}

/** findTerms without its table of first units: every position looked up by its character. */
function referenceTerms(lexicon: Lexicon, folded: string): TermSpan[] {
	const spans: TermSpan[] = [];
	for (let i = 0; i < folded.length;) {
		const hit = (lexicon.byFirstChar.get(folded.charAt(i)) ?? []).find(
			({ form, entry }) =>
				entry.kind !== 'person' &&
				folded.startsWith(form.text, i) &&
				fits(folded, form, i, i + form.text.length),
		);
		if (hit) {
			spans.push({ entry: hit.entry, form: hit.form, start: i, end: i + hit.form.text.length });
			i += hit.form.text.length;
		} else i++;
	}
	return spans;
}

/** The rules of a form, as findTerms applies them. */
function fits(text: string, form: TermSpan['form'], start: number, end: number): boolean {
	const after = text.slice(end);
	const before = text.slice(0, start);
	if (form.notBefore?.some((suffix) => after.startsWith(suffix))) return false;
	if (form.notAfter?.some((prefix) => before.endsWith(prefix))) return false;
	if (form.isolated && (isHan(text[start - 1]) || isHan(text[end]))) return false;
	if (form.notInBrackets && /[（(]$/u.test(before) && /^[）)]/u.test(after)) return false;
	return true;
}

/** articleSearchData as first written: each part folded, scanned and segmented on its own. */
function referenceSearchData(
	lexicon: Lexicon,
	article: Article,
	bodyText: string,
): Record<string, unknown> {
	const { charMap } = lexicon.data;
	const headline = [article.kicker, article.title, article.subtitle]
		.filter((part): part is string => part !== undefined)
		.join('\n');
	const text = articleSearchText(article, bodyText);
	const rest = text.slice(headline.length);
	const tokensOf = (part: string): string[] =>
		findTerms(lexicon, foldText(part, charMap)).map((span) => span.entry.key);
	const segmentLines = (part: string): string[] =>
		part
			.split('\n')
			.map((line) => segmentText(lexicon, line))
			.filter((line) => line !== '');
	const headlineTokens = tokensOf(headline);
	const bodyTokens = tokensOf(rest);
	const keys = articleTermKeys(lexicon, { data: article, text });
	const found = new Set([...headlineTokens, ...bodyTokens]);
	const listedOnly = [...keys].filter(
		(key) => !found.has(key) && lexicon.byKey.get(key)?.kind === 'slogan',
	);
	const simplified = Array.from(text, (char) => charMap[char] ?? char).join('');
	return {
		headlineWords: segmentLines(headline),
		textWords: segmentLines(rest),
		headlineTokens: headlineTokens.join(' '),
		bodyTokens: [...bodyTokens, ...listedOnly].join(' '),
		shadow: simplified === text ? null : segmentText(lexicon, simplified),
	};
}

/** The fixture lexicon with one more slogan whose form holds a line break. */
function lexiconWithBrokenForm(): Lexicon {
	const data: LexiconData = fixtureLexicon().data;
	return prepareLexicon({
		...data,
		entries: [
			...data.entries,
			{
				key: 'qxzzzzzzz',
				kind: 'slogan',
				term: '稳步\n推进',
				forms: [{ text: '稳步\n推进', pinyin: 'wenbutuijin', initials: 'wbtj' }],
				url: '/glossary/x/',
				articles: 0,
			},
		],
	});
}

describe('foldText', () => {
	test('folds as one character at a time would, surrogates and odd characters included', () => {
		const charMap: CharMap = { 陽: '阳', 華: '华', '𠀋': '丈', a: 'b' };
		const texts = [
			'',
			'衡陽華',
			'ＡＢＣ１２３，。（）：',
			'𠀋𠀋A',
			'\ud800',
			'x\udc00y',
			'\ud83d\ude00',
			'㈠一Ⅻ',
			'İß ǅ',
			'中文',
			...archiveTexts,
		];
		for (const text of texts) expect(foldText(text, charMap)).toBe(referenceFold(text, charMap));
		for (const text of texts) expect(foldText(text, charMap)).toBe(referenceFold(text, charMap));
	});

	test('folds the archive with its own character map as one character at a time would', () => {
		for (const text of archiveTexts)
			expect(foldText(text, lexicon.data.charMap)).toBe(referenceFold(text, lexicon.data.charMap));
	});
});

describe('findTerms', () => {
	test('finds in the archive what a lookup at every position finds', () => {
		for (const text of archiveTexts) {
			const folded = foldText(text, lexicon.data.charMap);
			expect(findTerms(lexicon, folded)).toEqual(referenceTerms(lexicon, folded));
		}
	});
});

describe('termsStayInLines', () => {
	test('holds for the archive lexicon', () => {
		expect(termsStayInLines(lexicon)).toBe(true);
	});

	test('fails for a lexicon with a line break in a form', () => {
		expect(termsStayInLines(lexiconWithBrokenForm())).toBe(false);
	});
});

describe('segmentRange', () => {
	test('segments a slice as segmentText segments the slice alone', () => {
		const text = '珠晖区落实三高四新\n项目建设，稳步推进。';
		const spans = findTerms(fixtureLexicon(), foldText(text, fixtureLexicon().data.charMap));
		expect(segmentRange(text, spans, 10, text.length).join(' ')).toBe(
			segmentText(fixtureLexicon(), text.slice(10)),
		);
		expect(segmentRange(text, spans, 0, 9).join(' ')).toBe(
			segmentText(fixtureLexicon(), text.slice(0, 9)),
		);
	});
});

describe('articleSearchData', () => {
	test('gives every article of the archive what reading each part on its own gives', () => {
		expect(archive.length).toBeGreaterThan(0);
		for (const { data, bodyText } of archive)
			expect(articleSearchData(lexicon, data, bodyText), data.id).toMatchObject(
				referenceSearchData(lexicon, data, bodyText),
			);
	});

	test('reads each part on its own when a form holds a line break', () => {
		const broken = lexiconWithBrokenForm();
		const article = fixtureArticles[0];
		if (!article) throw new Error('no fixture article');
		const bodyText = '项目建设，稳步\n推进。';
		expect(articleSearchData(broken, article.data, bodyText)).toMatchObject(
			referenceSearchData(broken, article.data, bodyText),
		);
		// The body as a whole holds the form across the line break (a token), neither of its lines does.
		const data = articleSearchData(broken, article.data, bodyText);
		expect(data.bodyTokens).toContain('qxzzzzzzz');
		expect(data.textWords.slice(-2)).toEqual(['项目 建设 ， 稳步', '推进 。']);
	});

	test('reads each part on its own when the headline is not where the text starts', () => {
		const article = fixtureArticles[0];
		if (!article) throw new Error('no fixture article');
		const data = { ...article.data, kicker: '' };
		const bodyText = '珠晖区落实三高四新。';
		expect(articleSearchData(fixtureLexicon(), data, bodyText)).toMatchObject(
			referenceSearchData(fixtureLexicon(), data, bodyText),
		);
	});
});
