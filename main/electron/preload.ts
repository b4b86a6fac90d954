// Exposes exactly one function per contract method and nothing else: no ipcRenderer, no channels, no Node.
// Sandboxed preloads load one CommonJS file: the build bundles the contract (and zod) into it.
import { contextBridge, ipcRenderer } from 'electron';
import { methodNames, type ArchiveTransport } from '../../archive/api/contract';
import { bridgeFor } from './channels';

const bridge: ArchiveTransport = bridgeFor(methodNames, (channel, input) => ipcRenderer.invoke(channel, input));

contextBridge.exposeInMainWorld('archiveApi', bridge);
