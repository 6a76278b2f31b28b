import { Worker } from 'node:worker_threads';
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
	private turn = 0;

	private readonly workers: readonly Worker[];

	private constructor(workers: readonly Worker[]) {
		this.workers = workers;
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
		data: RenderWorkerData,
	): Promise<RenderPool | undefined> {
		try {
			structuredClone(data);
		} catch {
			return undefined;
		}
		const workers = Array.from({ length: count }, () => new Worker(file, { workerData: data }));
		const ready = await Promise.all(
			workers.map(
				(worker) =>
					new Promise<boolean>((resolve) => {
						worker.once('message', () => {
							resolve(true);
						});
						worker.once('error', () => {
							resolve(false);
						});
						worker.once('exit', () => {
							resolve(false);
						});
					}),
			),
		);
		if (ready.every(Boolean)) return new RenderPool(workers);
		await Promise.all(workers.map((worker) => worker.terminate()));
		return undefined;
	}

	/** Renders one body and writes its HTML; rejects with the worker's error. */
	render(job: Omit<RenderJob, 'seq'>): Promise<void> {
		if (this.failure) return Promise.reject(this.failure);
		return new Promise((resolve, reject) => {
			const seq = this.seq++;
			this.waiting.set(seq, { resolve, reject });
			this.workers[this.turn++ % this.workers.length]?.postMessage({ ...job, seq });
		});
	}

	/** Stops the workers (after every render has been awaited). */
	async close(): Promise<void> {
		await Promise.all(this.workers.map((worker) => worker.terminate()));
	}
}
