// WPT's per-browser testdriver backend; nothing to configure for this runner (see testdriver.js).
'use strict';
