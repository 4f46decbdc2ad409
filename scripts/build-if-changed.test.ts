import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isBuildCurrent, sourceHash, STAMP_FILE } from './build-if-changed';

describe('build only when the sources changed', () => {
  let root: string;
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  const build = () => {
    write('dist/index.html', '<!doctype html>');
    write(STAMP_FILE, sourceHash(root));
  };

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'build-stamp-'));
    write('src/main.tsx', 'export {}');
    write('index.html', '<!doctype html>');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('builds when there is no build yet', () => {
    expect(isBuildCurrent(root)).toBe(false);
  });

  it('skips the build when nothing the build reads has changed', () => {
    build();
    write('src/main.test.tsx', 'a test changes no output');
    expect(isBuildCurrent(root)).toBe(true);
  });

  it('builds again when a source changes, a file is added, or the version differs', () => {
    build();
    write('src/main.tsx', 'export const changed = 1;');
    expect(isBuildCurrent(root)).toBe(false);
    build();
    write('public/icon.svg', '<svg/>');
    expect(isBuildCurrent(root)).toBe(false);
    build();
    expect(isBuildCurrent(root, sourceHash(root, '9.9.9'))).toBe(false);
  });

  it('builds again when dist/ was emptied', () => {
    build();
    rmSync(path.join(root, 'dist'), { recursive: true });
    expect(isBuildCurrent(root)).toBe(false);
  });
});
