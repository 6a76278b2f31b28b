import type { Occurrence } from './concordance.ts';

/** A month as readers see it: 2023-01 → 2023年1月; null (undated articles) → 日期不详. */
export function monthLabel(month: string | null): string {
	if (month === null) return '日期不详';
	const [year, number] = month.split('-');
	return `${year ?? ''}年${String(Number(number))}月`;
}

/** Where in its article an occurrence stands: 标题, 第3段, 小标题 (其下第4段), or 图片说明. */
export function placeLabel(occurrence: Pick<Occurrence, 'block' | 'paragraph'>): string {
	if (occurrence.block === 'headline') return '标题';
	if (occurrence.block === 'caption') return '图片说明';
	if (occurrence.block === 'heading') {
		return occurrence.paragraph === null
			? '小标题'
			: `小标题（其下第${String(occurrence.paragraph)}段）`;
	}
	return `第${String(occurrence.paragraph ?? 0)}段`;
}

/**
 * Passages that spell a slogan out shown on its page, oldest first; the rest are counted (each is
 * also a line of the concordance). Why: at 100,000 generated articles one entry's passages were
 * 5 MB of its page.
 */
export const PASSAGES_SHOWN = 10;
