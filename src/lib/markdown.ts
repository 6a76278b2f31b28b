/** Escapes text so Markdown shows it literally: no emphasis, links, HTML or lists are made from it. */
export function escapeMarkdown(text: string): string {
	let out = text.replace(/[\\`*_[\]<>#|~&$]/g, (char) => `\\${char}`);
	out = out.replace(/^(\d+)([.)])/u, '$1\\$2');
	out = out.replace(/^([-+=])/u, '\\$1');
	return out;
}

/** A body unit ready to serialise. */
export type BodyUnit =
	{ type: 'heading'; level: number; text: string } | { type: 'paragraph'; text: string };

/** Serialises body units as Markdown: ## headings and paragraphs separated by blank lines. */
export function bodyMarkdown(units: BodyUnit[]): string {
	return units
		.map((unit) =>
			unit.type === 'heading'
				? `${'#'.repeat(Math.min(6, unit.level))} ${escapeMarkdown(unit.text)}`
				: escapeMarkdown(unit.text),
		)
		.join('\n\n');
}

/** Plain text of a body written by bodyMarkdown: heading marks and escapes removed. */
export function markdownToPlainText(markdown: string): string {
	return markdown
		.split('\n\n')
		.map((block) => block.replace(/^#{1,6} /u, '').replace(/\\([\\`*_[\]<>#|~&$.)\-+=])/g, '$1'))
		.join('\n');
}
