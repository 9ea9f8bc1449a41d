// WPT's get-host-info.sub.js is templated by wptserve; this runner serves the tests on
// 127.0.0.1 and uses localhost as the other, not-same-site host (same port, plain HTTP:
// both are secure contexts). Only the names the Summarizer tests read are filled in.
'use strict';
function get_host_info() {
  const port = location.port;
  const primary = `${location.protocol}//127.0.0.1:${port}`;
  const other = `${location.protocol}//localhost:${port}`;
  return {
    ORIGINAL_HOST: '127.0.0.1',
    REMOTE_HOST: 'localhost',
    NOTSAMESITE_HOST: 'localhost',
    HTTP_ORIGIN: primary,
    HTTPS_ORIGIN: primary,
    ORIGIN: primary,
    HTTP_REMOTE_ORIGIN: other,
    HTTPS_REMOTE_ORIGIN: other,
    HTTP_NOTSAMESITE_ORIGIN: other,
    HTTPS_NOTSAMESITE_ORIGIN: other,
  };
}
