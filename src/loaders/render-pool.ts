import type { Worker } from 'node:worker_threads';
import { startWorkers } from '../lib/worker-pool.ts';
import type { RenderAnswer, RenderJob, RenderWorkerData } from './render-worker.ts';

interface Waiting {
	readonly resolve: () => void;
	readonly reject: (error: Error) => void;
}

/** Worker threads that render article bodies and write their HTML (see render-worker.ts). */
export class RenderPool {
	private readonly waiting = new Map<number, Waiting>();
	private seq = 0;
	private failure: Error | undefined;

	private readonly workers: readonly Worker[];
	/** Bodies the workers have finished (rendered and written, or failed), counted by the workers. */
	private readonly finished: Int32Array;

	private constructor(workers: readonly Worker[], finished: Int32Array) {
		this.workers = workers;
		this.finished = finished;
		for (const worker of workers) {
			worker.on('message', (answer: RenderAnswer) => {
				const waiting = this.waiting.get(answer.seq);
				if (!waiting) return;
				this.waiting.delete(answer.seq);
				if (answer.ok) waiting.resolve();
				else waiting.reject(new Error(answer.error));
			});
			worker.on('error', (error: Error) => {
				this.failure = error;
				for (const waiting of this.waiting.values()) waiting.reject(error);
				this.waiting.clear();
			});
		}
	}

	/**
	 * Starts `count` workers; undefined when the data cannot be sent to a worker or a worker does
	 * not start (the caller then renders on its own thread).
	 */
	static async start(
		file: URL,
		count: number,
		data: Omit<RenderWorkerData, 'finished'>,
	): Promise<RenderPool | undefined> {
		try {
			structuredClone(data);
		} catch {
			return undefined;
		}
		const finished = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
		const workers = await startWorkers(file, count, { ...data, finished });
		return workers && new RenderPool(workers, finished);
	}

	/**
	 * Whether the workers have `perWorker` or more bodies each sent and not yet finished: the
	 * caller then renders the next body on its own thread rather than queue it.
	 *
	 * Why counted by the workers in shared memory, not by their answers: a caller busy rendering
	 * runs microtask after microtask and takes no message in between, so by the answers the
	 * workers looked busy long after they had run dry (a 10,000-article sync left the one worker
	 * idle 64 % of the time).
	 */
	busy(perWorker: number): boolean {
		// Why seq: it numbers the bodies sent, so it is how many were.
		return this.seq - Atomics.load(this.finished, 0) >= perWorker * this.workers.length;
	}

	/** Renders one body and writes its HTML; rejects with the worker's error. */
	render(job: Omit<RenderJob, 'seq'>): Promise<void> {
		if (this.failure) return Promise.reject(this.failure);
		return new Promise((resolve, reject) => {
			const seq = this.seq++;
			this.waiting.set(seq, { resolve, reject });
			// Why seq: the bodies go to the workers in turn, and seq numbers them.
			this.workers[seq % this.workers.length]?.postMessage({ ...job, seq });
		});
	}

	/** Stops the workers (after every render has been awaited). */
	async close(): Promise<void> {
		await Promise.all(this.workers.map((worker) => worker.terminate()));
	}
}
