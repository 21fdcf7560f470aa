/**
 * runc's error texts for container-state failures, word for word: callers
 * match on them (podman treats "does not exist" from `state` as an exited
 * container, and "container not running" from `kill` as already stopped).
 * Source: runc libcontainer/error.go and utils.go (1.1.x, unchanged in 1.2).
 */
export const ERR_EXIST = 'container with given ID already exists';
export const ERR_INVALID_ID = 'invalid container ID format';
export const ERR_EMPTY_ID = 'container id cannot be empty';
export const ERR_NOT_EXIST = 'container does not exist';
export const ERR_NOT_RUNNING = 'container not running';
export const ERR_NOT_PAUSED = 'container not paused';
