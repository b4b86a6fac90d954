// electron-builder.yml checked offline: the schema validation electron-builder itself runs, then a real
// `--linux dir` pack with a stand-in Electron folder (the real binary cannot be downloaded here), inspected
// for what ships: the built app in app.asar, native code unpacked, no tests or sources, fuses flipped,
// the demo archive as an extra resource.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import asar from '@electron/asar';
import { getCurrentFuseWire } from '@electron/fuses';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util/out/DebugLogger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchive } from '../../../archive/archive';
import { makeTempDir } from '../../support/temp-dir';

const root = path.resolve(import.meta.dirname, '../../..');
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Electron's factory fuse states (RunAsNode, cookie encryption, NODE_OPTIONS, --inspect, asar integrity,
// only-from-asar, V8 snapshot, file:// privileges) as a real binary ships them.
const FACTORY_WIRE = '10110001';
// How the wire stores each fuse: the characters '0' (off) and '1' (on).
const FuseState = { DISABLE: 0x30, ENABLE: 0x31 } as const;

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema validation, offline', async () => {
    const config = await getConfig(root, null, null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    expect(config).toMatchObject({ appId: 'cn.chifeng.honorarchive.kiosk', productName: 'Honor Archive Kiosk', asar: true, npmRebuild: true });
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(JSON.stringify(config.win?.target)).toContain('nsis');
    expect(JSON.stringify(config.linux?.desktop)).toContain('荣誉档案馆');
    expect(config.nsis?.shortcutName).toBe('荣誉档案馆');
  });

  it('is actually validated: an unknown key is refused', async () => {
    const config = await getConfig(root, null, null);
    await expect(validateConfiguration({ ...config, asarUnpak: ['**/*.node'] } as never, new DebugLogger(false))).rejects.toThrow(/asarUnpak|unknown property/);
  });

  it('names icons that exist, with a Windows icon that is a real ICO up to 256 px', () => {
    for (const size of [16, 32, 48, 64, 128, 256, 512]) expect(fs.existsSync(path.join(root, `build/icons/${size}x${size}.png`)), `${size}`).toBe(true);
    const ico = fs.readFileSync(path.join(root, 'build/icon.ico'));
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, i) => ico.readUInt8(6 + i * 16) || 256);
    expect(sizes).toContain(256);
    expect(sizes).toContain(16);
    for (let i = 0; i < count; i++) {
      const offset = ico.readUInt32LE(6 + i * 16 + 12);
      expect(ico.subarray(offset, offset + 8).toString('latin1')).toBe('\x89PNG\r\n\x1a\n');
    }
  });
});

describe('a --linux dir pack with a stand-in Electron', () => {
  let tmp: ReturnType<typeof makeTempDir>;
  let unpacked = '';
  let files: string[] = [];
  let log = '';

  beforeAll(async () => {
    for (const built of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']) {
      if (!fs.existsSync(path.join(root, built))) throw new Error(`${built} is missing: run "npm run build" before this test.`);
    }
    tmp = makeTempDir('hak-pack-');
    const dist = path.join(tmp.dir, 'electron-dist');
    fs.mkdirSync(dist);
    // A file that carries Electron's fuse wire where the real binary does, so the afterPack hook really flips it.
    fs.writeFileSync(path.join(dist, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\nexit 0\n'), Buffer.from(SENTINEL), Buffer.from([1, FACTORY_WIRE.length]), Buffer.from(FACTORY_WIRE)]), { mode: 0o755 });
    fs.writeFileSync(path.join(dist, 'version'), '40.8.5');
    const demo = path.join(tmp.dir, 'demo-archive');
    openArchive(demo, { create: true }).close();
    const config = { ...(await getConfig(root, null, null)), electronDist: dist, electronVersion: '40.8.5', npmRebuild: false, directories: { output: path.join(tmp.dir, 'out'), buildResources: 'build' }, extraResources: [{ from: demo, to: 'demo-archive' }] };
    const configFile = path.join(tmp.dir, 'builder.json');
    fs.writeFileSync(configFile, JSON.stringify(config));
    const r = spawnSync(process.execPath, [path.join(root, 'node_modules/electron-builder/cli.js'), '--linux', 'dir', '--config', configFile, '--projectDir', root], {
      cwd: root,
      encoding: 'utf8',
      timeout: 240_000,
      env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', CI: 'true' },
    });
    log = `${r.stdout}\n${r.stderr}`;
    if (r.status !== 0) throw new Error(`electron-builder failed (${r.status}):\n${log.slice(-3000)}`);
    unpacked = path.join(tmp.dir, 'out', 'linux-unpacked');
    files = asar.listPackage(path.join(unpacked, 'resources', 'app.asar'), { isPack: false }).map((f) => f.split(path.sep).join('/'));
  }, 300_000);
  afterAll(() => tmp?.cleanup());

  it('puts the built app in app.asar', () => {
    for (const f of ['/package.json', '/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html']) expect(files, f).toContain(f);
    const pkg = JSON.parse(asar.extractFile(path.join(unpacked, 'resources', 'app.asar'), 'package.json').toString('utf8')) as { main: string };
    expect(files).toContain(`/${pkg.main}`);
  });

  it('unpacks every native module and sharp’s libvips, next to the archive', () => {
    const natives = files.filter((f) => f.endsWith('.node'));
    expect(natives.some((f) => f.includes('better-sqlite3'))).toBe(true);
    expect(natives.some((f) => f.includes('sharp'))).toBe(true);
    for (const f of natives) expect(fs.existsSync(path.join(unpacked, 'resources', 'app.asar.unpacked', f)), f).toBe(true);
    const libvips = path.join(unpacked, 'resources', 'app.asar.unpacked', 'node_modules', '@img');
    const sharedLibs = fs.readdirSync(libvips, { recursive: true }).map(String).filter((f) => /libvips.*\.so/.test(f));
    expect(sharedLibs.length).toBeGreaterThan(0);
  });

  it('ships no tests, no TypeScript sources, no source maps and no native-module sources or build leftovers', () => {
    const offenders = files.filter(
      (f) =>
        /\/(test|tests|__tests__)\//.test(f) ||
        (/\.(ts|tsx|mts|cts)$/.test(f) && !f.endsWith('.d.ts')) ||
        f.endsWith('.map') ||
        /\.(c|cc|cpp|h|hpp|gyp|gypi|o|a|mk)$/.test(f) ||
        /better-sqlite3\/(deps|src)\//.test(f) ||
        f.endsWith('test_extension.node') ||
        /^\/(archive|main|renderer|test|scripts|bench|docs)\//.test(f) ||
        f.startsWith('/node_modules/@fontsource/') ||
        f.startsWith('/node_modules/tsx/') ||
        f.startsWith('/node_modules/esbuild/'),
    );
    expect(offenders).toEqual([]);
  });

  it('flips the fuses in the packed binary (afterPack)', async () => {
    const wire = await getCurrentFuseWire(path.join(unpacked, 'honor-archive-kiosk'));
    const state = (i: number) => (wire as unknown as Record<number, number>)[i];
    expect(state(0)).toBe(FuseState.DISABLE); // RunAsNode
    expect(state(2)).toBe(FuseState.DISABLE); // NODE_OPTIONS
    expect(state(3)).toBe(FuseState.DISABLE); // --inspect
    expect(state(4)).toBe(FuseState.ENABLE); // embedded asar integrity
    expect(state(5)).toBe(FuseState.ENABLE); // only load the app from app.asar
    expect(state(7)).toBe(FuseState.DISABLE); // extra file:// privileges
  });

  it('ships the demo archive as an extra resource', () => {
    expect(fs.existsSync(path.join(unpacked, 'resources', 'demo-archive', 'archive.db'))).toBe(true);
  });
});
