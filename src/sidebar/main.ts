// Sidebar entry: wires the page's google.script.run (Apps Script's, or the local bridge's
// stand-in) to the app.
import { startApp } from './app';
import { byId } from './dom';
import { createRpc, pageRunner } from './rpc';

startApp(createRpc(pageRunner), { who: byId('who'), picker: byId('picker'), content: byId('content') });
