import type { Credit } from '../schemas/article.ts';

/** Tasks printed as 策划/… or 策划 …: what the named person did. */
const TASKS = [
	'策划',
	'统筹',
	'文字',
	'文',
	'图',
	'摄影',
	'摄',
	'编辑',
	'制图',
	'设计',
	'视频',
	'海报',
	'监制',
	'出品',
];
/** Staff titles printed before names. */
const TITLES = [
	'本报评论员',
	'特约评论员',
	'全媒体记者',
	'见习记者',
	'实习记者',
	'特约记者',
	'本报记者',
	'记者',
	'通讯员',
	'实习生',
	'评论员',
];

const TASK_SLASH = new RegExp(`(${TASKS.join('|')})(?:/(${TASKS.join('|')})(?:\\s|$)|\\s*/)`, 'gu');

/** Splits ■策划 谷蓉文/衡阳日报… into task segments. Why: 文/ is glued to the name before it (谷蓉文/ is 谷蓉 + 文/). */
function taskSegments(text: string): { task: string | undefined; content: string }[] {
	const segments: { task: string | undefined; content: string }[] = [];
	let last = 0;
	let task: string | undefined;
	for (const match of text.matchAll(TASK_SLASH)) {
		segments.push({ task, content: text.slice(last, match.index) });
		task = match[2] === undefined ? match[1] : `${match[1] ?? ''}/${match[2]}`;
		last = match.index + match[0].length;
	}
	segments.push({ task, content: text.slice(last) });
	return segments.filter((segment) => segment.content.trim() !== '');
}

/** Parses the names of one task segment: staff titles set the role of the names after them. */
function creditsOfSegment(task: string | undefined, content: string): Credit[] {
	const credits: Credit[] = [];
	let role: string | null = task ?? null;
	let affiliation: string | undefined;
	for (const rawToken of content.split(/[\s\u3000、，,]+/u)) {
		let token = rawToken.trim();
		if (token === '') continue;
		if (TASKS.includes(token)) {
			role = token;
			task = token;
			affiliation = undefined;
			continue;
		}
		const title = TITLES.find(
			(candidate) => token.endsWith(candidate) || token.startsWith(candidate),
		);
		if (title && token.endsWith(title)) {
			role = title;
			affiliation = token.length > title.length ? token.slice(0, -title.length) : undefined;
			if (title.includes('评论员'))
				credits.push({ role: title, name: token, ...(affiliation ? { affiliation } : {}) });
			continue;
		}
		if (title && token.startsWith(title)) {
			role = title;
			affiliation = undefined;
			token = token.slice(title.length);
		}
		const provided = /^(.+?)(?:供图|提供)$/u.exec(token);
		const name = provided?.[1] ?? token;
		const credit: Credit = { role, name };
		if (affiliation !== undefined) credit.affiliation = affiliation;
		if (task !== undefined && task !== role) credit.contribution = task;
		credits.push(credit);
	}
	return credits;
}

/** Parses a byline (■策划/刘敏 统筹/陈羽唯 文/衡阳日报全媒体记者 周琪 通讯员 唐兰荣 图/珠晖区委宣传部提供). */
export function parseByline(byline: string): Credit[] {
	const text = byline.replace(/^■\s*/u, '').trim();
	return taskSegments(text).flatMap((segment) => creditsOfSegment(segment.task, segment.content));
}

/** Parses the names inside a dateline's brackets: 衡阳日报讯（通讯员 颜伶俐 蒋尹慧 全媒体记者 唐翔）. */
export function parseDateline(dateline: string): Credit[] {
	const inner = /[（(]([^（()）]*)[）)]/u.exec(dateline)?.[1] ?? '';
	return parseByline(inner);
}

/** Parses a photo credit: ■唐俊 摄 → 摄 唐俊; ■全媒体记者 周围 摄 → 全媒体记者 周围 (摄). */
export function parsePhotoCredit(credit: string): Credit[] {
	const text = credit
		.replace(/^■\s*/u, '')
		.replace(/\s*摄$/u, '')
		.trim();
	return creditsOfSegment('摄', text);
}

/** Removes repeated credits (same role and name), keeping the first. */
export function uniqueCredits(credits: Credit[]): Credit[] {
	const seen = new Set<string>();
	return credits.filter((credit) => {
		const key = `${credit.role ?? ''}\u0000${credit.name}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
