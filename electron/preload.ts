import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './security/bridge';

/**
 * The preload: runs sandboxed, before the page, in an isolated world. It
 * exposes exactly one object, `window.studio` (see security/bridge.ts), whose
 * methods are closures over the two fixed channels; ipcRenderer itself never
 * reaches the page. Dropped files need no bridge: the page reads their text
 * with the File API and calls importArticle, as in browser mode.
 */
contextBridge.exposeInMainWorld('studio', createBridge(ipcRenderer));
