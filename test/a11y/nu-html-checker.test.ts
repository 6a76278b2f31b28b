import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { distDir, requireBuiltSite } from './built-site.ts';

const vnuJar = fileURLToPath(
	new URL('../../node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url),
);

/** One message of the Nu Html Checker's JSON output. */
interface VnuMessage {
	type: string;
	url?: string;
	lastLine?: number;
	message: string;
	extract?: string;
}

test('the Nu Html Checker reports no error on any page of the built site', () => {
	requireBuiltSite();
	const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
	if (java.error || java.status !== 0) {
		throw new Error(
			'the Nu Html Checker needs Java (17 or later): apt-get install -y default-jre-headless',
		);
	}
	// Why --skip-non-html: without it vnu also reads the CSS, JSON, XML and Pagefind files.
	const run = spawnSync(
		'java',
		['-jar', vnuJar, '--errors-only', '--skip-non-html', '--format', 'json', distDir],
		{ encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
	);
	const output = run.stderr.trim() || run.stdout.trim();
	const messages = output === '' ? [] : (JSON.parse(output) as { messages: VnuMessage[] }).messages;
	const errors = messages
		.filter((message) => message.type === 'error' || message.type === 'non-document-error')
		.map(
			(message) =>
				`${(message.url ?? '').replace(/^file:.*?\/dist\//, 'dist/')}:${message.lastLine ?? '?'} ${message.message}`,
		);
	expect(errors).toEqual([]);
	expect(run.status).toBe(0);
}, 180_000);
