import { SPEC_VERSION, VERSION } from '../version.js';

export function versionText(): string {
  return `hutch version ${VERSION}\nspec: ${SPEC_VERSION}`;
}
