/** An error in one raw file: it names the file and, where known, the 1-based line. */
export class IngestError extends Error {
	/** File name (relative to seeds/) the error is about. */
	readonly file: string;
	/** 1-based line, or undefined when the error is about the whole file. */
	readonly line: number | undefined;
	/** What is wrong, without the file and line. */
	readonly detail: string;

	constructor(file: string, line: number | undefined, message: string) {
		super(`${file}${line === undefined ? '' : `:${String(line)}`}: ${message}`);
		this.name = 'IngestError';
		this.file = file;
		this.line = line;
		this.detail = message;
	}
}
