import type { RehypePlugin } from '@astrojs/markdown-remark';
import type { Element } from 'hast';
import type { GlossaryLinkTerm } from '../lib/glossary/link-terms.ts';
import { findTermMatches, sortForms } from '../lib/glossary/matcher.ts';
import { glossaryUrl } from '../lib/glossary/urls.ts';
import { frontmatterStrings } from './frontmatter.ts';
import { rewriteText, spliceSpans, type TextSpan } from './hast-text.ts';

/** Options of rehypeGlossaryLinks. */
export interface RehypeGlossaryLinksOptions {
	/** The glossary's entries (src/lib/glossary/link-terms.ts toLinkTerms). */
	terms: readonly GlossaryLinkTerm[];
	/**
	 * Which entries to link. 'frontmatter' (the default): only those the document's frontmatter
	 * `slogans` name, and nothing in a document without that list; 'all': every entry.
	 *
	 * Why the default: short forms such as 三化 or 四区 are formulas only where the ingest found them
	 * quoted; elsewhere the same characters may be ordinary words.
	 */
	link?: 'frontmatter' | 'all';
}

/** The annotated term: a link to the entry, a button that opens the expansion, and the expansion. */
function glossElement(term: GlossaryLinkTerm, form: string, tipId: string): Element {
	return {
		type: 'element',
		tagName: 'span',
		properties: { className: ['gloss'] },
		children: [
			{
				type: 'element',
				tagName: 'a',
				properties: {
					href: glossaryUrl(term.slug),
					className: ['gloss-term'],
					ariaDescribedBy: [tipId],
				},
				children: [{ type: 'text', value: form }],
			},
			{
				type: 'element',
				tagName: 'button',
				properties: {
					type: 'button',
					className: ['gloss-toggle'],
					popoverTarget: tipId,
					ariaLabel: `“${form}”释义`,
					dataPagefindIgnore: true,
				},
				children: [{ type: 'text', value: '释' }],
			},
			{
				type: 'element',
				tagName: 'span',
				properties: {
					id: tipId,
					className: ['gloss-tip'],
					popover: 'auto',
					dataPagefindIgnore: true,
				},
				children: [{ type: 'text', value: term.expansion }],
			},
		],
	};
}

/**
 * Links the first occurrence of each slogan in each section (the stretch up to the next heading) to
 * its glossary entry, with its expansion in a popover that works without JavaScript: the 释 button
 * opens it (popovertarget; Esc or a click elsewhere closes it) and the link is described by it
 * (aria-describedby). Never inside headings, links or code, and never a form inside a longer one
 * (src/lib/glossary/matcher.ts).
 */
export const rehypeGlossaryLinks: RehypePlugin<[RehypeGlossaryLinksOptions]> = (options) => {
	const forms = sortForms(
		options.terms.flatMap((term) => term.forms.map((form) => ({ form, slug: term.slug }))),
	);
	const bySlug = new Map(options.terms.map((term) => [term.slug, term]));
	const bySlogan = new Map(forms.map(({ form, slug }) => [form, slug]));

	return (tree, file) => {
		let allowed: Set<string> | undefined;
		if (options.link !== 'all') {
			const slogans = frontmatterStrings(file, 'slogans') ?? [];
			allowed = new Set(slogans.flatMap((slogan) => bySlogan.get(slogan) ?? []));
			if (allowed.size === 0) return;
		}
		let linked = new Set<string>();
		let tips = 0;
		rewriteText(tree, {
			heading: () => {
				linked = new Set();
			},
			text: (value) => {
				const spans: TextSpan[] = [];
				for (const match of findTermMatches(value, forms, allowed)) {
					const term = bySlug.get(match.slug);
					if (!term || linked.has(match.slug)) continue;
					linked.add(match.slug);
					tips++;
					spans.push({
						index: match.index,
						length: match.form.length,
						element: glossElement(term, match.form, `gloss-${String(tips)}`),
					});
				}
				return spans.length > 0 ? spliceSpans(value, spans) : undefined;
			},
		});
	};
};
