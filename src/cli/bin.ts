#!/usr/bin/env node
// Entry point of the `tandem` command; Node runs this TypeScript directly (type stripping).
import module from 'node:module';

// Most of a single-post command's time is compiling its modules: keep the compiled code on disk between runs.
module.enableCompileCache?.();
const { main } = await import('./main.ts');

process.exitCode = await main(process.argv.slice(2));
