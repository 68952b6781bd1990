#!/usr/bin/env node
import { actions } from '../actions/index.js';
import { cliMain } from '../platform/cli-main.js';
import { VERSION } from '../version.js';

process.exitCode = await cliMain(actions, { argv: process.argv.slice(2), env: process.env, stdout: process.stdout, stderr: process.stderr, version: VERSION, handleSignals: true });
