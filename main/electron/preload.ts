// Exposes exactly one function per contract method and nothing else: no ipcRenderer, no channels, no Node.
import { contextBridge, ipcRenderer } from 'electron';
import { methodNames, type ArchiveTransport } from '../../archive/api/contract';
import { channelFor } from './channels';

const bridge = Object.fromEntries(
  methodNames.map((name) => [name, (input: unknown) => ipcRenderer.invoke(channelFor(name), input)]),
) as ArchiveTransport satisfies ArchiveTransport;

contextBridge.exposeInMainWorld('archiveApi', bridge);
