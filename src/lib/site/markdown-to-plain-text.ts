/** ASCII punctuation a CommonMark backslash escape can stand before. */
const backslashEscape = /\\([!-/:-@[-`{-~])/g;
/** An ATX heading line: up to three spaces, one to six #, then a space or the end of the line. */
const atxHeading = /^ {0,3}#{1,6}(?:[ \t]+|$)/;
/** The optional closing sequence of an ATX heading (## 标题 ##). */
const atxClosing = /[ \t]+#+[ \t]*$/;

/**
 * The plain text of an article body as the ingest writes it (paragraphs, ATX headings and
 * backslash escapes, nothing else): heading markers and escapes removed, one line per block,
 * blank lines dropped, each line trimmed.
 *
 * Why: the JSON export is for readers and scripts that search the words, e.g. `### 经济实现快速发展`
 * must come out as `经济实现快速发展` and `\<script>` as `<script>`.
 */
export function markdownToPlainText(markdown: string): string {
	return markdown
		.split(/\r\n?|\n/)
		.map((line) => {
			const heading = atxHeading.exec(line);
			const text = heading ? line.slice(heading[0].length).replace(atxClosing, '') : line;
			return text.replace(backslashEscape, '$1').trim();
		})
		.filter((line) => line !== '')
		.join('\n');
}
