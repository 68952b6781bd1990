import { runOnGithub } from '../../platform/github-entry.js';
import { definition } from './definition.js';
void runOnGithub(definition);
