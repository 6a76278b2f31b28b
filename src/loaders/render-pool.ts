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
		const workers = await startWorkers(file, count, data);
		return workers && new RenderPool(workers);
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
