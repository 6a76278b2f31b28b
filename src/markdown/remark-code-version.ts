import type { RemarkPlugin } from '@astrojs/markdown-remark';

/** Options of remarkCodeVersion. */
export interface CodeVersionOptions {
	/** A hash of the code the Markdown is rendered with (src/markdown, src/lib, src/schemas). */
	readonly digest: string;
}

/**
 * Changes nothing in the document. Its option, a hash of the rendering code, is part of Astro's
 * config digest, which decides whether the content layer's cached article HTML is still valid.
 *
 * Why: Astro clears that cache when the config or an entry changes, not when a plugin's code
 * does. The 衡阳 of 掌上衡阳 stayed linked in builds with an old cache after the region linker
 * learnt not to link it (src/lib/gazetteer.ts), because the plugin reads the gazetteer by import.
 */
export const remarkCodeVersion: RemarkPlugin<[CodeVersionOptions]> = () => () => undefined;
