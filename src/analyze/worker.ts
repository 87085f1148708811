// Worker thread entry: loads the segmentation dictionary once (only with keywords), then analyses files by path
// and sends back the rendered text (and the summary digest). Files are read here: the main thread never holds texts.
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeLoaded, analyzeRecordTask, loadFile, type AnalyzeFileOptions, type OutputSpec } from './analyze-file.js';
import type { WorkerReply, WorkerRequest, WorkerSettings } from './pool.js';
import { colorOutline } from '../format/outline.js';

// The options of the pool's run; a kept pool sends new ones along with the first file of a later run.
let { opts, spec } = workerData as WorkerSettings;
const port = parentPort!;

async function start(): Promise<void> {
  const t0 = performance.now();
  colorOutline(Boolean(spec.color));
  if (opts.keywords) {
    try {
      // Warm the keyword path itself, so the dictionary profile is whichever analyzeDocument will use.
      const { extractKeywords } = await import('../segment/index.js');
      await extractKeywords('', 1, opts.dicts);
    } catch (e) {
      port.postMessage({ type: 'fatal', message: e instanceof Error ? e.message : String(e) } satisfies WorkerReply);
      return;
    }
  }
  port.postMessage({ type: 'ready', loadMs: performance.now() - t0 } satisfies WorkerReply);
  port.on('message', async (req: WorkerRequest) => {
    if (req.settings) {
      ({ opts, spec } = req.settings);
      colorOutline(Boolean(spec.color));
    }
    const outcome = req.record ? await analyzeRecordTask(req.file, req.record, opts) : await analyzeLoaded(await loadFile(req.file), opts, spec);
    port.postMessage({ type: 'done', id: req.id, outcome } satisfies WorkerReply);
  });
}

void start();
