// A stand-in for WPT's testdriver.js (which drives the browser through WebDriver), written for
// this runner. The Summarizer tests use only bless() and set_test_context(). bless() does not
// grant user activation here: nutshell's facade never requires it (its availability is never
// 'downloadable'), so it just runs the action, as the real one does after its click.
'use strict';
(function () {
  const test_driver = {
    set_test_context(context) {
      test_driver.context = context;
    },
    bless(intent, action, context = null) {
      return Promise.resolve().then(() => (action ? action() : null));
    },
  };
  self.test_driver = test_driver;
  self.test_driver_internal = {};
})();
