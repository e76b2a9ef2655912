import { describe, expect, it } from 'vitest';
import { buildApp } from './app';
import { nativeBuiltins, restoreNativeBuiltins } from './native-builtins';

const isNative = (f: unknown) => Function.prototype.toString.call(f).includes('[native code]');

describe('native built-ins in the server', () => {
  it('JSON and Array.prototype.push are the engine’s once the app module (and pdfjs) is loaded', () => {
    expect(typeof buildApp).toBe('function');
    expect(globalThis).toHaveProperty('pdfjsLib'); // the polyfilling library really was loaded
    expect(JSON.stringify).toBe(nativeBuiltins.stringify);
    expect(JSON.parse).toBe(nativeBuiltins.parse);
    expect(Array.prototype.push).toBe(nativeBuiltins.push);
    expect(isNative(JSON.stringify)).toBe(true);
    expect(isNative(JSON.parse)).toBe(true);
    expect(isNative(Array.prototype.push)).toBe(true);
  });

  it('restores a replaced built-in and names it; a second call has nothing to do', () => {
    const replaced = (value: unknown) => String(value);
    JSON.stringify = replaced as typeof JSON.stringify;
    try {
      expect(restoreNativeBuiltins()).toEqual(['JSON.stringify']);
      expect(JSON.stringify({ a: [1, 'b'] })).toBe('{"a":[1,"b"]}');
      expect(restoreNativeBuiltins()).toEqual([]);
    } finally {
      if (JSON.stringify === replaced) JSON.stringify = nativeBuiltins.stringify;
    }
  });
});
