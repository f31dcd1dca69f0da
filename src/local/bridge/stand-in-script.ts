// The browser side of the bridge: a `google.script.run` stand-in for pages served from
// 127.0.0.1. It is plain ES2019 text sent to the browser (never bundled), so it is kept as a
// string; the browser tests execute it for real.
//
// Semantics copied from Apps Script's client API:
// - `google.script.run` is a runner; withSuccessHandler / withFailureHandler / withUserObject
//   each return a NEW runner carrying the settings, the original is left untouched;
// - the runner has one method per server function the page may call (others are undefined, as
//   in Apps Script where only the script's top-level functions appear); calling one returns
//   undefined at once and the handlers run later;
// - handlers get (value, userObject); the failure handler gets an Error with `.message`;
// - arguments must be primitives, null, plain objects and arrays (a Date or a function throws).

export interface StandInConfig {
  /** Path or URL the calls are POSTed to as JSON `{ fn, args }`. */
  endpoint: string;
  /** Server functions the runner exposes. */
  functions: string[];
  /** Sent with every call: the browser tab the page belongs to (the playground's per-tab user). */
  tab?: string;
}

const SCRIPT = String.raw`(function (config) {
  'use strict';
  function illegal(value, path) {
    if (value === null || value === undefined) return null;
    var t = typeof value;
    if (t === 'string' || t === 'boolean' || t === 'number') return null;
    if (t !== 'object') return path;
    if (Array.isArray(value)) {
      for (var i = 0; i < value.length; i++) { var a = illegal(value[i], path + '[' + i + ']'); if (a) return a; }
      return null;
    }
    var proto = Object.getPrototypeOf(value);
    if (proto !== null && proto !== Object.prototype) return path;
    for (var k in value) {
      if (Object.prototype.hasOwnProperty.call(value, k)) { var b = illegal(value[k], path + '.' + k); if (b) return b; }
    }
    return null;
  }
  function later(fn) { setTimeout(fn, 0); }
  function report(state, error) {
    if (state.failure) { later(function () { state.failure(error, state.userObject); }); return; }
    later(function () { throw error; });
  }
  function invoke(name, args, state) {
    // Google's text names the innermost property (an argument's index, or a key): "Failed due
    // to illegal value in property: 0" for a Date passed as the first argument.
    var bad = illegal(args, '');
    if (bad) throw new TypeError('Failed due to illegal value in property: ' + /([^.[\]]+)\]?$/.exec(bad)[1]);
    fetch(config.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(config.tab ? { fn: name, args: args, tab: config.tab } : { fn: name, args: args }),
    }).then(function (response) {
      return response.json().catch(function () { throw new Error('NetworkError: HTTP ' + response.status); });
    }).then(function (answer) {
      if (answer && answer.ok) {
        if (state.success) later(function () { state.success(answer.value, state.userObject); });
        return;
      }
      var error = new Error(answer && answer.error && answer.error.message || 'Unknown error');
      if (answer && answer.error && answer.error.name) error.name = answer.error.name;
      report(state, error);
    }, function (cause) {
      report(state, new Error('NetworkError: ' + (cause && cause.message || 'connection failure')));
    });
  }
  function runner(state) {
    var r = {
      withSuccessHandler: function (fn) { return runner(Object.assign({}, state, { success: fn })); },
      withFailureHandler: function (fn) { return runner(Object.assign({}, state, { failure: fn })); },
      withUserObject: function (obj) { return runner(Object.assign({}, state, { userObject: obj })); },
    };
    config.functions.forEach(function (name) {
      r[name] = function () { invoke(name, Array.prototype.slice.call(arguments), state); };
    });
    return r;
  }
  var host = {
    origin: location.origin,
    closed: false,
    close: function () { host.closed = true; },
    setHeight: function () {},
    setWidth: function () {},
    editor: { focus: function () {} },
  };
  window.google = window.google || {};
  window.google.script = { run: runner({}), host: host };
})`;

/** The stand-in as a self-contained script for the given endpoint and functions. */
export function standInScript(config: StandInConfig): string {
  // '<' escaped so the text can sit inside an inline <script> element.
  return `${SCRIPT}(${JSON.stringify(config).replace(/</g, '\\u003c')});\n`;
}
