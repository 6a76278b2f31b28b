import { parentPort, Worker } from 'node:worker_threads';

/**
 * Worker threads that each answer jobs of one kind, for work that is per item and pure (the
 * ingest's raw pages, see ingest-parallel-fs.ts). The worker file calls serveJobs with its
 * handler; the pool sends each job to the worker with the fewest jobs in hand and resolves its
 * promise with the answer, or rejects it with the worker's error.
 */

type Reply<Answer> =
	| { readonly seq: number; readonly ok: true; readonly value: Answer }
	| { readonly seq: number; readonly ok: false; readonly error: string };

interface Waiting<Answer> {
	readonly worker: number;
	readonly resolve: (value: Answer) => void;
	readonly reject: (error: Error) => void;
}

/** Serves the jobs a WorkerPool sends this worker thread with `handle` (call it once, at the top). */
export function serveJobs(handle: (job: never) => unknown): void {
	const port = parentPort;
	if (!port) throw new Error('serveJobs runs in a worker thread');
	port.on('message', ({ seq, job }: { seq: number; job: never }) => {
		let reply: Reply<unknown>;
		try {
			reply = { seq, ok: true, value: handle(job) };
		} catch (error) {
			reply = { seq, ok: false, error: error instanceof Error ? error.message : String(error) };
		}
		port.postMessage(reply);
	});
	port.postMessage('ready');
}

/**
 * Starts `count` workers running `file` and waits for each one's first message (it is ready);
 * undefined, with every worker stopped, when one fails or exits first.
 */
export async function startWorkers(
	file: URL,
	count: number,
	workerData?: unknown,
): Promise<Worker[] | undefined> {
	const workers = Array.from({ length: count }, () => new Worker(file, { workerData }));
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
	if (ready.every(Boolean)) return workers;
	await Promise.all(workers.map((worker) => worker.terminate()));
	return undefined;
}

export class WorkerPool<Job, Answer> {
	readonly #workers: readonly Worker[];
	readonly #inHand: number[];
	readonly #waiting = new Map<number, Waiting<Answer>>();
	#seq = 0;
	#failure: Error | undefined;

	private constructor(workers: readonly Worker[]) {
		this.#workers = workers;
		this.#inHand = workers.map(() => 0);
		workers.forEach((worker) => {
			worker.on('message', (reply: Reply<Answer>) => {
				const waiting = this.#waiting.get(reply.seq);
				if (!waiting) return;
				this.#waiting.delete(reply.seq);
				this.#inHand[waiting.worker] = (this.#inHand[waiting.worker] ?? 1) - 1;
				if (reply.ok) waiting.resolve(reply.value);
				else waiting.reject(new Error(reply.error));
			});
			worker.on('error', (error: Error) => {
				this.#fail(error);
			});
			worker.on('exit', (code) => {
				if (this.#waiting.size > 0) this.#fail(new Error(`a worker thread stopped (exit ${code})`));
			});
		});
	}

	/**
	 * Starts `count` workers running `file` and waits until each has called serveJobs; undefined
	 * when one does not start (the caller then does the work on its own thread).
	 */
	static async start<Job, Answer>(
		file: URL,
		count: number,
		workerData?: unknown,
	): Promise<WorkerPool<Job, Answer> | undefined> {
		const workers = await startWorkers(file, count, workerData);
		return workers && new WorkerPool<Job, Answer>(workers);
	}

	/** How many workers the pool has. */
	get size(): number {
		return this.#workers.length;
	}

	/** Runs one job on the least busy worker. */
	run(job: Job): Promise<Answer> {
		if (this.#failure) return Promise.reject(this.#failure);
		let worker = 0;
		this.#inHand.forEach((count, index) => {
			if (count < (this.#inHand[worker] ?? 0)) worker = index;
		});
		return new Promise((resolve, reject) => {
			const seq = this.#seq++;
			this.#waiting.set(seq, { worker, resolve, reject });
			this.#inHand[worker] = (this.#inHand[worker] ?? 0) + 1;
			this.#workers[worker]?.postMessage({ seq, job });
		});
	}

	/** Stops the workers (after every job has been awaited). */
	async close(): Promise<void> {
		await Promise.all(this.#workers.map((worker) => worker.terminate()));
	}

	#fail(error: Error): void {
		this.#failure ??= error;
		for (const waiting of this.#waiting.values()) waiting.reject(error);
		this.#waiting.clear();
	}
}
