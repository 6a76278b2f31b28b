/** opencc-js ships its dictionaries as modules of one string: "trad simp|trad simp|…". */
declare module 'opencc-js/dict/*' {
	const dictionary: string;
	export default dictionary;
}
