import process from 'node:process';
import { parseListPageSize } from '../lib/site/pagination.ts';

let size: number | undefined;

/** Items on one page of the site's long lists (HENGYANG_LIST_PAGE_SIZE, see pagination.ts). */
export function listPageSize(): number {
	size ??= parseListPageSize(process.env.HENGYANG_LIST_PAGE_SIZE);
	return size;
}
