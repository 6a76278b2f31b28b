/**
 * The search page's script (the one page of the site that runs a search): reads the query and
 * filters from the URL, runs searchArchive with Pagefind's JavaScript API and the lexicon, and
 * renders results, excerpts, filter counts, entry suggestions and pages. All search logic lives in
 * src/lib/search/, shared with `npm run search`.
 */
import {
	type PagefindApi,
	type ResultItem,
	type SearchOutcome,
	searchArchive,
} from '../../lib/search/engine.ts';
import { DATE_ORDER_FILE, withDateOrder } from '../../lib/search/date-order.ts';
import { excerptSegments } from '../../lib/search/excerpt.ts';
import {
	type Lexicon,
	type LexiconData,
	type LexiconEntry,
	prepareLexicon,
	withPeople,
} from '../../lib/search/lexicon.ts';
import { parseQuery } from '../../lib/search/query.ts';
import { INDEX_LANGUAGE } from '../../lib/search/segment.ts';
import { KIND_LABELS, suggestEntries } from '../../lib/search/suggest.ts';
import {
	FILTER_KEYS,
	readSearchState,
	type SearchState,
	searchPageUrl,
	writeSearchParams,
} from '../../lib/search/url-state.ts';

/** The part of dist/pagefind/pagefind.js the page uses. */
interface PagefindModule {
	createInstance(options: Record<string, unknown>): PagefindApi;
}

/** The element with this id, or an error naming it. */
function byId<T extends HTMLElement>(id: string, type: new () => T): T {
	const element = document.getElementById(id);
	if (!(element instanceof type)) throw new Error(`search page: #${id} is missing`);
	return element;
}

/** A new element with text. */
function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	text = '',
	className = '',
): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	if (text !== '') element.textContent = text;
	if (className !== '') element.className = className;
	return element;
}

/** A link. */
function link(href: string, text: string): HTMLAnchorElement {
	const a = el('a', text);
	a.href = href;
	return a;
}

/** The lexicon's core and the index version, fetched once. */
async function loadLexicon(): Promise<{ core: LexiconData; tag: string | null }> {
	const [lexiconResponse, versionResponse] = await Promise.all([
		fetch('/search/lexicon.json'),
		fetch('/search/index-version.json').catch(() => null),
	]);
	const data = (await lexiconResponse.json()) as LexiconData;
	const version = versionResponse?.ok ? ((await versionResponse.json()) as { tag?: string }) : {};
	return { core: data, tag: version.tag ?? null };
}

/** Loads Pagefind's JavaScript API from the built index. */
async function loadPagefind(tag: string | null): Promise<PagefindApi> {
	const url = new URL('/pagefind/pagefind.js', location.href).href;
	const module = (await import(/* @vite-ignore */ url)) as PagefindModule;
	const pagefind = module.createInstance({
		basePath: '/pagefind/',
		baseUrl: '/',
		// Why no worker: it would load a second copy of the search code (pagefind-worker.js);
		// one query is fast enough on the main thread for this archive.
		noWorker: true,
		// Why: the index is under INDEX_LANGUAGE, not the page's zh-CN, and the query arrives
		// segmented by segmentText; Pagefind must neither pick another index nor re-segment it.
		language: INDEX_LANGUAGE,
		...(tag ? { metaCacheTag: tag } : {}),
	});
	// Why: the date sort is this project's (see date-order.ts); its file is loaded when first needed.
	return withDateOrder(pagefind, async () => {
		const response = await fetch(`/${DATE_ORDER_FILE}`);
		if (!response.ok) throw new Error(`${response.status} fetching /${DATE_ORDER_FILE}`);
		return (await response.json()) as string[];
	});
}

/** Writes a search state into the form. */
function fillForm(state: SearchState): void {
	byId('search-q', HTMLInputElement).value = state.q;
	for (const key of FILTER_KEYS) {
		const select = byId(`filter-${key}`, HTMLSelectElement);
		const value = state.filters[key] ?? '';
		// Why: the page lists only the most used values (listedFacets); a value from the URL that
		// is not listed gets an option, or the select would drop it.
		if (value !== '' && ![...select.options].some((option) => option.value === value)) {
			const option = document.createElement('option');
			option.value = value;
			option.dataset.value = value;
			option.textContent = value;
			select.append(option);
		}
		select.value = value;
	}
	byId('search-sort', HTMLSelectElement).value = state.sort;
}

/** Reads the form as a search state (page 1). */
function readForm(): SearchState {
	const form = byId('search-form', HTMLFormElement);
	const params = new URLSearchParams();
	for (const [name, value] of new FormData(form))
		if (typeof value === 'string') params.set(name, value);
	return readSearchState(params);
}

/** One lexicon entry as a suggestion: its name and kind, its page, and its articles. */
function entryItem(entry: LexiconEntry, formText?: string): HTMLLIElement {
	const li = el('li');
	const name = el('strong', entry.term);
	li.append(name, ` ${KIND_LABELS[entry.kind]}`);
	if (formText !== undefined && formText !== entry.term) li.append(`（${formText}）`);
	li.append(' · ');
	if (entry.kind !== 'person')
		li.append(link(entry.url, entry.kind === 'region' ? '地区页' : '词条'), ' · ');
	const articles = entry.kind === 'person' ? entry.url : searchPageUrl({ q: entry.term });
	li.append(link(articles, `${entry.articles} 篇文章`));
	return li;
}

/** One result as a list item: linked title, date and place, excerpt with the matches marked. */
function resultItem(item: ResultItem): HTMLLIElement {
	const li = el('li');
	const heading = el('h2');
	heading.append(link(item.link, item.title));
	const meta = el('p', '', 'meta');
	if (item.date) {
		const time = el('time', item.date);
		time.dateTime = item.date;
		meta.append(time);
	} else meta.append('日期不详');
	const place = [...item.regions.slice(0, 3), ...(item.genre ? [item.genre] : [])];
	if (place.length > 0) meta.append(` · ${place.join('、')}`);
	const excerpt = el('p', '', 'excerpt');
	for (const segment of excerptSegments(item.excerpt.html))
		excerpt.append(segment.marked ? el('mark', segment.text) : segment.text);
	li.append(heading, meta, excerpt);
	return li;
}

/** Updates every filter's options with the counts of this search. */
function showCounts(outcome: SearchOutcome | null): void {
	for (const key of FILTER_KEYS) {
		const select = byId(`filter-${key}`, HTMLSelectElement);
		for (const option of select.options) {
			const value = option.dataset.value;
			if (value === undefined) continue;
			if (outcome === null) {
				option.disabled = false;
				continue;
			}
			const count = outcome.counts[key][value] ?? 0;
			option.textContent = `${value}（${outcome.complete ? '' : '≤'}${count}）`;
			option.disabled = count === 0 && select.value !== value;
		}
	}
}

/** Renders a search outcome. */
function render(outcome: SearchOutcome): void {
	const status = byId('search-status', HTMLElement);
	const results = byId('search-results', HTMLOListElement);
	const entries = byId('search-entries', HTMLElement);
	const partial = byId('search-partial', HTMLElement);
	const pages = byId('search-pages', HTMLElement);
	const query = outcome.query.raw;
	const shown = query === '' ? '所选条件' : `“${query}”`;

	entries.replaceChildren();
	if (outcome.entries.length > 0) {
		const list = el('ul');
		for (const entry of outcome.entries) list.append(entryItem(entry));
		entries.append(el('h2', '相关词条'), list);
	}
	entries.hidden = outcome.entries.length === 0;

	const first = (outcome.state.page - 1) * outcome.pageSize;
	results.start = first + 1;
	results.replaceChildren(...outcome.results.map(resultItem));
	const order = outcome.state.sort === 'date' ? '按日期排列' : '按相关度排列';
	status.textContent =
		outcome.total === 0
			? `没有找到包含${shown}的文章。`
			: `${shown}：找到${outcome.complete ? '' : '至少'} ${outcome.total} 篇，${order}，第 ${first + 1}–${first + outcome.results.length} 篇。`;

	partial.hidden = outcome.partial.length === 0;
	byId('search-partial-results', HTMLElement).replaceChildren(...outcome.partial.map(resultItem));

	pages.replaceChildren();
	// Why always a next page while unchecked candidates remain: it checks further.
	const more = outcome.complete ? first + outcome.pageSize < outcome.total : true;
	if (outcome.state.page > 1)
		pages.append(pageLink(outcome.state, outcome.state.page - 1, '上一页'));
	if (more) pages.append(pageLink(outcome.state, outcome.state.page + 1, '下一页'));
	pages.hidden = pages.childElementCount === 0;
	showCounts(outcome);
}

/** A link to another page of the same search. */
function pageLink(state: SearchState, page: number, text: string): HTMLAnchorElement {
	const a = link(`?${writeSearchParams({ ...state, page }).toString()}`, text);
	a.addEventListener('click', (event) => {
		event.preventDefault();
		navigate({ ...state, page });
	});
	return a;
}

let run: ((state: SearchState) => Promise<void>) | undefined;

/** Shows a state in the URL and searches it. */
function navigate(state: SearchState): void {
	const params = writeSearchParams(state).toString();
	history.pushState(null, '', params === '' ? location.pathname : `?${params}`);
	void run?.(state);
}

/** Shows lexicon suggestions for what is being typed. */
function showSuggestions(lexicon: Lexicon, input: string): void {
	const box = byId('search-suggestions', HTMLElement);
	const found = suggestEntries(lexicon, input, 6);
	box.replaceChildren();
	if (found.length === 0) return;
	const list = el('ul');
	for (const suggestion of found) list.append(entryItem(suggestion.entry, suggestion.form.text));
	box.append(el('p', '词条建议：', 'hint'), list);
}

/** Starts the search page: wires the form and runs the search in the URL, if any. */
export async function startSearchPage(): Promise<void> {
	const status = byId('search-status', HTMLElement);
	const state = readSearchState(new URLSearchParams(location.search));
	fillForm(state);
	if ('serviceWorker' in navigator)
		navigator.serviceWorker.register('/sw.js').catch(() => undefined);
	let search: { pagefind: PagefindApi; lexicon: Lexicon; core: LexiconData };
	let people: Promise<void> | undefined;
	/** Adds the people to the lexicon, once: pinyin and suggestions need them, a first search not. */
	const ensurePeople = (): Promise<void> => {
		people ??= fetch('/search/lexicon-people.json')
			.then((response) => response.json() as Promise<LexiconEntry[]>)
			.then((entries) => {
				search.lexicon = prepareLexicon(withPeople(search.core, entries));
			})
			.catch(() => undefined);
		return people;
	};
	try {
		status.textContent = '正在载入搜索索引…';
		const { core, tag } = await loadLexicon();
		search = { core, lexicon: prepareLexicon(core), pagefind: await loadPagefind(tag) };
		status.textContent = '';
	} catch (error) {
		status.textContent = `搜索索引载入失败：${error instanceof Error ? error.message : String(error)}`;
		return;
	}
	let latest = 0;
	run = async (next: SearchState): Promise<void> => {
		const ticket = ++latest;
		if (next.q === '' && Object.values(next.filters).every((value) => !value)) {
			status.textContent = '';
			byId('search-results', HTMLElement).replaceChildren();
			byId('search-entries', HTMLElement).hidden = true;
			byId('search-partial', HTMLElement).hidden = true;
			byId('search-pages', HTMLElement).hidden = true;
			showCounts(null);
			return;
		}
		status.textContent = '正在搜索…';
		// Why only then: a pinyin query that spells no region or slogan may spell a name.
		if (/^[a-z\s']+$/iu.test(next.q) && parseQuery(search.lexicon, next.q).pinyin.length === 0)
			await ensurePeople();
		const outcome = await searchArchive(search.pagefind, search.lexicon, next);
		if (ticket === latest) {
			render(outcome);
			document.body.dataset.searchReady = 'true';
		}
	};

	const form = byId('search-form', HTMLFormElement);
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		byId('search-suggestions', HTMLElement).replaceChildren();
		navigate(readForm());
	});
	for (const select of form.querySelectorAll('select'))
		select.addEventListener('change', () => {
			navigate(readForm());
		});
	let typing: ReturnType<typeof setTimeout> | undefined;
	byId('search-q', HTMLInputElement).addEventListener('input', (event) => {
		clearTimeout(typing);
		const value = (event.target as HTMLInputElement).value;
		typing = setTimeout(() => {
			void ensurePeople().then(() => {
				showSuggestions(search.lexicon, value);
			});
		}, 150);
	});
	window.addEventListener('popstate', () => {
		const next = readSearchState(new URLSearchParams(location.search));
		fillForm(next);
		void run?.(next);
	});
	await run(state);
	document.body.dataset.searchReady = 'true';
	// Then the people, so that a name in the query is offered as an entry too.
	void ensurePeople().then(() => {
		const current = readSearchState(new URLSearchParams(location.search));
		if (current.q !== '' && parseQuery(search.lexicon, current.q).people.length > 0)
			void run?.(current);
	});
}
