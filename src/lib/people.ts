import type { Person } from '../schemas/article.ts';

/** Posts that stand right before a name: 区委书记魏中发, 区长张伟, 董事长许仲秋. */
const POSTS = [
	'副书记',
	'书记',
	'副区长',
	'区长',
	'副县长',
	'县长',
	'副市长',
	'市长',
	'副省长',
	'省长',
	'副主任',
	'主任',
	'副局长',
	'局长',
	'副院长',
	'院长',
	'董事长',
	'总经理',
	'副主席',
	'主席',
	'部长',
	'厅长',
	'镇长',
	'乡长',
	'村支书',
	'校长',
	'所长',
	'政委',
];

/** Common surnames: a name must start with one. */
const SURNAMES =
	'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤旷阳凌颜谷文易欧左聂符刘罗';

/** Characters that start the word after a name (魏中发表示, 张伟激情描绘), so a two-character name ends before them. */
const AFTER_NAME = '表强介说指要在的信激带调率等、，。：；”（表示同一也就还对与和是称认希坦';

/** Where the post's own words begin: after punctuation or a clause word. */
const POST_START = /[，。、：；！？“”‘’（）《》\s,.;:!?()"']/u;

/**
 * Finds people named with their post (区委书记魏中发 → 魏中发, post 区委书记). A three-character name is
 * kept when the page uses it more than once or its third character does not start a following word.
 * Why: 区长张伟激情描绘 is 张伟 + 激情, while 区委书记魏中发信心满满 is 魏中发 (and 魏中发强调 recurs).
 */
export function findPeople(text: string, pageText: string = text): Person[] {
	const people = new Map<string, Person>();
	const postPattern = new RegExp(`(${POSTS.join('|')})([${SURNAMES}][\\p{Script=Han}]{1,2})`, 'gu');
	for (const match of text.matchAll(postPattern)) {
		const title = match[1] ?? '';
		const candidate = match[2] ?? '';
		const three = Array.from(candidate);
		let name = candidate;
		if (three.length === 3) {
			const recurs = pageText.split(candidate).length - 1 >= 2;
			const third = three[2] ?? '';
			if (!recurs && AFTER_NAME.includes(third)) name = three.slice(0, 2).join('');
		}
		// The post: the words before the title back to a clause boundary, at most 12 characters;
		// 区委副书记、区长张伟 keeps both posts.
		let start = match.index;
		while (start > 0 && match.index - start < 12) {
			const before = text.slice(start - 1, start);
			const joinsPosts =
				before === '、' && POSTS.some((post) => text.slice(0, start - 1).endsWith(post));
			if (POST_START.test(before) && !joinsPosts) break;
			start--;
		}
		const post = (text.slice(start, match.index) + title).replace(/^(?:该|其|原|现)/u, '');
		const known = people.get(name);
		if (!known || known.post.length < post.length) people.set(name, { name, post });
	}
	return [...people.values()];
}
