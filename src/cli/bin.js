#!/usr/bin/env node
// Entry point of the `tandem` command. JavaScript, unlike the rest of the CLI: the entry module is loaded before it can
// turn the compile cache on, and a TypeScript one would load Node's type stripper on every run (~50 ms before anything
// starts). The modules it imports are TypeScript, read stripped and compiled from the cache.
import module from 'node:module';

// Most of a single-post command's time is compiling its modules: keep the compiled code on disk between runs.
module.enableCompileCache?.();
// Before the CLI's own code, which takes a fifth of a second to load: what a command can start meanwhile (status threads).
await (await import('./early-start.ts')).startEarly(process.argv.slice(2), process.env);
const { main } = await import('./main.ts');

process.exitCode = await main(process.argv.slice(2));
