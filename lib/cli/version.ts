export const VERSION = '0.1.0';
export const SPEC_VERSION = '1.3.0';

export function versionText(): string {
  return `hutch version ${VERSION}\nspec: ${SPEC_VERSION}`;
}
