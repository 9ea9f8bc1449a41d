// Collects testharness.js results for tests/wpt/run.mjs, which reads window.__wptResults.
'use strict';
(function () {
  const TEST_STATUS = ['PASS', 'FAIL', 'TIMEOUT', 'NOTRUN', 'PRECONDITION_FAILED'];
  const HARNESS_STATUS = ['OK', 'ERROR', 'TIMEOUT', 'PRECONDITION_FAILED'];
  // META: timeout=long is 60 s; a hung subtest should not hold the run that long.
  setup({ timeout_multiplier: 0.5 });
  add_completion_callback((tests, status) => {
    self.__wptResults = {
      status: HARNESS_STATUS[status.status] ?? String(status.status),
      message: status.message ?? null,
      tests: tests.map((t) => ({ name: t.name, status: TEST_STATUS[t.status] ?? String(t.status), message: t.message ?? null })),
    };
  });
})();
