// The few host functions every mini-program runtime, browser and Node provide (lib is ES2017 only).
declare function setTimeout(callback: () => void, ms?: number): unknown;
declare function clearTimeout(handle: unknown): void;
