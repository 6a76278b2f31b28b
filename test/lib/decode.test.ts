import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { decodeRaw, MAX_RAW_BYTES } from '../../src/lib/decode.ts';
import { IngestError } from '../../src/lib/ingest-error.ts';
import { normalisePunctuation, normaliseText } from '../../src/lib/normalise.ts';

const fixture = (name: string): Uint8Array =>
	readFileSync(new URL(`../fixtures/raw/${name}`, import.meta.url));

describe('decodeRaw', () => {
	test('reads plain UTF-8', () => {
		const decoded = decodeRaw(new TextEncoder().encode('衡阳日报'), 'a.txt');
		expect(decoded).toMatchObject({ text: '衡阳日报', encoding: 'utf-8' });
	});

	test('drops a UTF-8 byte-order mark and says so', () => {
		const decoded = decodeRaw(fixture('utf8-bom-cr.txt'), 'b.txt');
		expect(decoded.encoding).toBe('utf-8-bom');
		expect(decoded.text.startsWith('\uFEFF')).toBe(false);
		expect(decoded.text).toContain('衡阳高新区举办招商推介会');
	});

	test('detects GBK bytes and decodes them as GB18030', () => {
		const decoded = decodeRaw(fixture('gbk-simplified.txt'), 'gbk.txt');
		expect(decoded.encoding).toBe('gb18030');
		expect(decoded.text).toContain('衡阳日报讯（全媒体记者 张明）');
		expect(decoded.note).toMatch(/GB18030/);
	});

	test('decodes UTF-16 with a byte-order mark', () => {
		const body = '衡阳';
		const bytes = new Uint8Array(2 + body.length * 2);
		bytes.set([0xff, 0xfe]);
		for (let i = 0; i < body.length; i++) {
			const code = body.charCodeAt(i);
			bytes[2 + i * 2] = code & 0xff;
			bytes[3 + i * 2] = code >> 8;
		}
		expect(decodeRaw(bytes, 'u16.txt')).toMatchObject({ text: '衡阳', encoding: 'utf-16le' });
	});

	test('rejects an empty file naming it', () => {
		expect(() => decodeRaw(fixture('empty.txt'), 'empty.txt')).toThrow(
			/^empty\.txt: the file is empty$/,
		);
	});

	test('rejects a binary file naming it', () => {
		expect(() => decodeRaw(fixture('binary.txt'), 'binary.txt')).toThrow(
			/binary\.txt: the file looks binary/,
		);
	});

	test('rejects bytes that are neither UTF-8 nor GB18030, naming the file and line', () => {
		const error = (() => {
			try {
				decodeRaw(fixture('not-text.txt'), 'not-text.txt');
			} catch (caught) {
				return caught;
			}
			return undefined;
		})();
		expect(error).toBeInstanceOf(IngestError);
		expect(error).toMatchObject({ file: 'not-text.txt', line: 1 });
	});

	test('rejects a file larger than a page can be', () => {
		const big = new Uint8Array(MAX_RAW_BYTES + 1).fill(0x41);
		expect(() => decodeRaw(big, 'big.txt')).toThrow(/big\.txt: the file is \d+ bytes/);
	});
});

describe('normaliseText', () => {
	test('turns CRLF and lone CR into LF', () => {
		expect(normaliseText('甲\r\n乙\r丙')).toBe('甲\n乙\n丙');
	});

	test('composes to NFC and trims line ends', () => {
		expect(normaliseText('e\u0301  \n')).toBe('\u00e9\n');
	});
});

describe('normalisePunctuation', () => {
	test('makes half-width marks next to Chinese full-width', () => {
		expect(normalisePunctuation('迎难而上,加快建设')).toBe('迎难而上，加快建设');
		expect(normalisePunctuation('从何而来?')).toBe('从何而来？');
		expect(normalisePunctuation('衡邦玻璃(一期)正式投运')).toBe('衡邦玻璃（一期）正式投运');
	});

	test('drops the space a half-width mark carried', () => {
		expect(normalisePunctuation('启航! 向“一核四新”')).toBe('启航！向“一核四新”');
	});

	test('makes the colon after a 【…】 label full-width', () => {
		expect(normalisePunctuation('【动能一】:')).toBe('【动能一】：');
	});

	test('makes , and ; between a percentage and a number in Chinese text full-width', () => {
		expect(normalisePunctuation('任务完成率100%;11个乡镇')).toBe('任务完成率100%；11个乡镇');
		expect(normalisePunctuation('同比下降10.4%,63件重复信访')).toBe('同比下降10.4%，63件重复信访');
		expect(normalisePunctuation('rate 5%,6 items')).toBe('rate 5%,6 items');
	});

	test('leaves numbers and Latin text alone', () => {
		expect(normalisePunctuation('之比达到3:1；')).toBe('之比达到3:1；');
		expect(normalisePunctuation('共1,000人')).toBe('共1,000人');
		expect(normalisePunctuation('Hello, world')).toBe('Hello, world');
	});
});
