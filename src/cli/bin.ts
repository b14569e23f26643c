#!/usr/bin/env node
// Entry point of the `tandem` command; Node runs this TypeScript directly (type stripping).
import { main } from './main.ts';

process.exitCode = await main(process.argv.slice(2));
