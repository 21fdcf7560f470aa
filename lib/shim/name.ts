/** The name containerd derives from the runtime io.containerd.hutch.v2 and looks up on PATH. */
export const SHIM_NAME = 'containerd-shim-hutch-v2';
