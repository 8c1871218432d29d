import type { WorkerUtils } from "graphile-worker";
import { DocumentError } from "../ingest/DocumentError.ts";
import { documentJob } from "../queue/documentJob.ts";
import { enqueueDocuments } from "../queue/enqueueDocuments.ts";
import { originOf, readInput } from "./ingestDocuments.ts";

/**
 * Reads each input and enqueues its documents for the workers (`faultline ingest --queue`).
 * What cannot be read is reported and counted here: a worker would fail on it too.
 */
export async function enqueueInputs(
  queue: WorkerUtils,
  inputs: readonly string[],
  options: { published?: string; onInput(lines: string[]): void; onFailure(message: string): void },
): Promise<{ enqueued: number; failed: number }> {
  let enqueued = 0;
  let failed = 0;
  for (const input of inputs) {
    try {
      const documents = await readInput(input);
      const jobs = documents.map((d) => documentJob(d, originOf(input, d), options.published ?? null));
      enqueued += await enqueueDocuments(queue, jobs);
      options.onInput(
        documents.map((d) => `enqueued   ${documents.length > 1 ? `${input} ${d.id}` : input}`),
      );
    } catch (error) {
      if (!(error instanceof DocumentError)) throw error;
      failed++;
      options.onFailure(error.message);
      options.onInput([`failed     ${input}`]);
    }
  }
  return { enqueued, failed };
}
