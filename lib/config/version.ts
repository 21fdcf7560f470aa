/** The runtime-spec version hutch implements and writes into new configs and state. */
export const OCI_VERSION = '1.3.0';
