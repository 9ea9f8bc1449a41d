// The analysis runs here, off the main thread, so typing stays smooth with
// megabytes of text. Protocol (every message is a plain object):
//   page → worker  { type: 'init', module }                 a compiled WebAssembly.Module
//                  { type: 'model', bytes }                 the entity model (models/ner.bin), for loadModel
//                  { type: 'analyze', id, text, options }
//   worker → page  { type: 'ready', hasEntityModel } | { type: 'fatal', message }
//                  { type: 'model-loaded' } | { type: 'model-error', message }
//                  { type: 'result', id, result, ms } | { type: 'error', id, message }
// The page's module is built without the entity model (make wasm-lite): the first results have only
// the rule-based entities (money, dates…); the page sends the model after the first result.
// Only the newest queued request is analysed: requests that arrive while a
// long analysis runs replace each other, and the page ignores stale ids.
import init, { analyze, hasEntityModel, loadModel } from './pkg/nutshell.js';

let ready = null;
let pending = null;
let scheduled = false;

self.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'init') {
    ready = init({ module_or_path: message.module }).then(
      () => {
        analyze('Warming up. This sentence makes the first real request fast.', { length: 'short' });
        self.postMessage({ type: 'ready', hasEntityModel: hasEntityModel() });
      },
      (error) => self.postMessage({ type: 'fatal', message: String(error?.message ?? error) }),
    );
    return;
  }
  if (message.type === 'model') {
    // Chained on `ready` before any later analysis (run() awaits the same promise).
    ready.then(() => {
      try {
        loadModel(message.bytes);
        self.postMessage({ type: 'model-loaded' });
      } catch (error) {
        self.postMessage({ type: 'model-error', message: String(error?.message ?? error) });
      }
    });
    return;
  }
  if (message.type === 'analyze') {
    pending = message;
    if (!scheduled) {
      scheduled = true;
      // Let every already-queued message arrive first, so only the newest runs.
      setTimeout(run, 0);
    }
  }
};

async function run() {
  await ready;
  scheduled = false;
  const job = pending;
  pending = null;
  if (!job) return;
  const started = performance.now();
  try {
    const result = analyze(job.text, job.options);
    self.postMessage({ type: 'result', id: job.id, result, ms: performance.now() - started });
  } catch (error) {
    self.postMessage({ type: 'error', id: job.id, message: String(error?.message ?? error) });
  }
}
