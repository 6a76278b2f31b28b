import type { Credit } from '../../schemas/article.ts';

/** Heading of the group of credits whose role the paper did not print (衡阳日报讯（李少华）). */
export const unnamedRoleLabel = '署名';

/** One credited name for display: the bare name (for links) and its label (see formatCredit). */
export interface CreditEntry {
	readonly name: string;
	readonly label: string;
}

/** Credits that share one printed role, in order of first appearance. */
export interface CreditGroup {
	/** The role as printed, or unnamedRoleLabel. */
	readonly role: string;
	/** One entry per credit, each label once. */
	readonly entries: readonly CreditEntry[];
}

/** One credit for display: the name, then affiliation and task in brackets (周琪（衡阳日报 · 文）). */
export function formatCredit(credit: Credit): string {
	const notes = [credit.affiliation, credit.contribution].filter(
		(note): note is string => note !== undefined,
	);
	return notes.length === 0 ? credit.name : `${credit.name}（${notes.join(' · ')}）`;
}

/** Groups credits by printed role, keeping the order roles and names first appear in. */
export function groupCreditsByRole(credits: readonly Credit[]): CreditGroup[] {
	const groups = new Map<string, CreditEntry[]>();
	for (const credit of credits) {
		const role = credit.role ?? unnamedRoleLabel;
		const entries = groups.get(role) ?? [];
		const label = formatCredit(credit);
		if (!entries.some((entry) => entry.label === label)) entries.push({ name: credit.name, label });
		groups.set(role, entries);
	}
	return [...groups].map(([role, entries]) => ({ role, entries }));
}
