/** hutch's version and the runtime-spec version it implements: the CLI prints them, the shim reports them. */
export const VERSION = '0.1.0';
export const SPEC_VERSION = '1.3.0';
