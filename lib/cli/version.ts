import { SPEC_VERSION, VERSION } from '../version.js';

export { SPEC_VERSION, VERSION };

export function versionText(): string {
  return `hutch version ${VERSION}\nspec: ${SPEC_VERSION}`;
}
