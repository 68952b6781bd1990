/**
 * The one place src/ takes the `yaml` package from: its platform-neutral build (published in the
 * same package, the same version, under `browser/`). The Node build checks `process.env.LOG_TOKENS`
 * for every token it parses, a debugging hook, and each process.env read crosses into C++: that is
 * a quarter of the time to parse a small manifest (bench: 600 manifests in 47 ms instead of 62 ms).
 * The neutral build is the same code without those checks; its warnings go to console.warn
 * instead of process.emitWarning. Node objects from either build are told apart by global
 * symbols, so nodes and predicates mix safely (tests parse with plain 'yaml').
 */
import type * as YamlApi from 'yaml';
// @ts-expect-error: that build ships no declarations of its own; it is typed just below as the API it is.
import * as neutralBuild from '../../../node_modules/yaml/browser/index.js';

const yaml = neutralBuild as typeof YamlApi;

export const { isMap, isScalar, isSeq, parse, parseAllDocuments } = yaml;
export const Scalar: typeof YamlApi.Scalar = yaml.Scalar;
export type Scalar<T = unknown> = YamlApi.Scalar<T>;
export type ScalarStyle = YamlApi.Scalar.Type;
export type { Document, Node, Pair, YAMLMap, YAMLSeq } from 'yaml';
