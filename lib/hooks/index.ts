/** Public surface of the hooks module. */
export { runHooks, runHooksBestEffort, runInvocation, type HookKind, type RunHooksOptions } from './run.js';
export { renderHook, dedupEnv, goJson, type HookInvocation, type RenderOptions } from './render.js';
