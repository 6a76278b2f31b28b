import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { copyProject } from '../helpers/project-copy.ts';

const RAW = [
	'',
	'',
	'耒阳市新建义务教育学校开学',
	'',
	'衡阳日报讯（全媒体记者 王晓 通讯员 李明）9月1日，耒阳市新建的3所义务教育学校正式开学，新增学位4500个。',
	'',
	'2023年，耒阳市全面落实“三高四新”战略定位和使命任务，加快教育强市建设。',
	'',
].join('\r\n');

const copy = copyProject('hy-add-article-');
afterAll(() => {
	rmSync(copy, { recursive: true, force: true });
});

describe('adding an article', () => {
	test('is: drop one raw .txt into seeds/, run the build, and the article is on the site', () => {
		writeFileSync(join(copy, 'seeds', '900_new_page.txt'), RAW);

		const build = spawnSync('npm', ['run', 'build'], {
			cwd: copy,
			encoding: 'utf8',
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		});
		expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);

		const id = '2023-09-01-lei-yang-shi-xin-jian-yi-wu-jiao';
		expect(existsSync(join(copy, 'content', 'articles', `${id}.md`))).toBe(true);
		expect(existsSync(join(copy, 'content', 'pages', '900_new_page.json'))).toBe(true);

		const records = JSON.parse(
			readFileSync(join(copy, 'dist', 'data', 'articles.json'), 'utf8'),
		) as {
			id: string;
			url: string;
			title: string;
			regions: string[];
			slogans: string[];
			text: string;
		}[];
		expect(records).toHaveLength(16);
		const added = records.find((record) => record.id === id);
		expect(added).toMatchObject({
			url: `/articles/${id}/`,
			title: '耒阳市新建义务教育学校开学',
			regions: ['耒阳市'],
			slogans: ['三高四新'],
		});
		expect(added?.text).toContain('新增学位4500个');

		const html = readFileSync(join(copy, 'dist', 'articles', id, 'index.html'), 'utf8');
		expect(html).toContain('lang="zh-CN"');
		expect(html).toContain('耒阳市新建义务教育学校开学');
		const index = readFileSync(join(copy, 'dist', 'pagefind', 'pagefind-entry.json'), 'utf8');
		expect(JSON.parse(index)).toMatchObject({ languages: { zxx: { page_count: 16 } } });
	});

	test('with a slogan the glossary lacks, fails the build and names the entry file to add', () => {
		// The copy made by the test above, with one more raw page.
		expect(existsSync(join(copy, 'seeds', '900_new_page.txt'))).toBe(true);
		const raw = [
			'耒阳市部署重点工作',
			'',
			'衡阳日报讯（全媒体记者 王晓）9月2日，耒阳市召开会议，部署“九大攻坚”行动。',
			'',
		].join('\n');
		writeFileSync(join(copy, 'seeds', '901_unknown_slogan.txt'), raw);
		const build = spawnSync('npm', ['run', 'build'], {
			cwd: copy,
			encoding: 'utf8',
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		});
		const output = `${build.stdout}\n${build.stderr}`;
		expect(build.status, output).not.toBe(0);
		expect(output).toContain('“九大攻坚”');
		expect(output).toContain('content/glossary/jiu-da-gong-jian.md');
	});
});
