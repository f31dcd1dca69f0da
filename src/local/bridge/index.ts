// The google.script.run bridge for pages served from 127.0.0.1 (browser tests, playground).
export { startBridgeServer, injectStandIn, CALL_PATH, SCRIPT_PATH, TAB_ID } from './server';
export type { BridgeCall, BridgeOptions, BridgeServer, FailureInjection } from './server';
export { standInScript } from './stand-in-script';
export type { StandInConfig } from './stand-in-script';
