import { describe, expect, test } from 'vitest';
import { formatCredit, groupCreditsByRole, unnamedRoleLabel } from '../../src/lib/site/credits.ts';

describe('formatCredit', () => {
	test('prints a bare name as is', () => {
		expect(formatCredit({ role: '策划', name: '刘敏' })).toBe('刘敏');
	});

	test('adds affiliation and task in brackets', () => {
		expect(
			formatCredit({
				role: '全媒体记者',
				name: '周琪',
				affiliation: '衡阳日报',
				contribution: '文',
			}),
		).toBe('周琪（衡阳日报 · 文）');
		expect(formatCredit({ role: '摄', name: '唐俊', contribution: '图' })).toBe('唐俊（图）');
	});
});

describe('groupCreditsByRole', () => {
	test('keeps the bare name beside the label, for links', () => {
		expect(
			groupCreditsByRole([{ role: '全媒体记者', name: '周琪', affiliation: '衡阳日报' }]),
		).toEqual([{ role: '全媒体记者', entries: [{ name: '周琪', label: '周琪（衡阳日报）' }] }]);
	});

	test('groups names under their role in order of first appearance', () => {
		const groups = groupCreditsByRole([
			{ role: '全媒体记者', name: '周琪' },
			{ role: '通讯员', name: '唐兰荣' },
			{ role: '全媒体记者', name: '许珂' },
		]);
		expect(groups).toEqual([
			{
				role: '全媒体记者',
				entries: [
					{ name: '周琪', label: '周琪' },
					{ name: '许珂', label: '许珂' },
				],
			},
			{ role: '通讯员', entries: [{ name: '唐兰荣', label: '唐兰荣' }] },
		]);
	});

	test('puts credits printed without a role under a group of their own', () => {
		expect(groupCreditsByRole([{ role: null, name: '李少华' }])).toEqual([
			{ role: unnamedRoleLabel, entries: [{ name: '李少华', label: '李少华' }] },
		]);
	});

	test('lists a credit printed twice only once', () => {
		expect(
			groupCreditsByRole([
				{ role: '通讯员', name: '唐兰荣' },
				{ role: '通讯员', name: '唐兰荣' },
			]),
		).toEqual([{ role: '通讯员', entries: [{ name: '唐兰荣', label: '唐兰荣' }] }]);
	});

	test('gives no groups for no credits', () => {
		expect(groupCreditsByRole([])).toEqual([]);
	});
});
