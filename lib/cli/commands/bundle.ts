/**
 * `hutch bundle --image PATH[:NAME] DIR`: make a runtime bundle (DIR/rootfs
 * and DIR/config.json) from an OCI image layout, an oci-archive or a
 * docker-archive, as `umoci unpack` does. Not a runc command; it exists so
 * an image can be run without another tool.
 */
import type { Argv } from 'yargs';
import { HutchError } from '../../errors.js';
import { unpackImage } from '../../image/index.js';
import { ttyProgress } from '../../image/progress.js';
import type { CommandSpec } from '../command.js';

/**
 * --rootless is also hutch's global string option (auto|true|false); a bare
 * `--rootless` arrives as '' or true. 'auto' (the default) means: rootless
 * when not running as root.
 */
function rootlessFrom(value: unknown): boolean | undefined {
  const values = (Array.isArray(value) ? value : [value]).filter((v) => v !== undefined && v !== 'auto');
  if (values.length === 0) return undefined;
  const v = values[values.length - 1];
  return !(v === false || v === 'false');
}

const bundle: CommandSpec = {
  command: 'bundle <dir>',
  describe: 'unpack an OCI image (layout directory, oci-archive or docker-archive) into a new bundle directory',
  builder: (y: Argv) =>
    y
      .positional('dir', { type: 'string', describe: 'bundle directory to create (must not exist, or be empty)' })
      .option('image', {
        alias: 'i',
        type: 'string',
        demandOption: true,
        describe: 'image to unpack: PATH[:NAME], NAME being a tag (ref.name annotation) or a docker RepoTag',
      })
      .option('platform', { type: 'string', describe: 'os/arch[/variant] to pick from a multi-platform image (default: this host)' })
      .option('progress', { type: 'boolean', describe: 'show progress on stderr (default: when stderr is a terminal)' })
      .describe(
        'rootless',
        'unpack without privileges: files owned by you, image owners kept in the user.rootlesscontainers xattr (default: when not root)',
      ),
  run: async (args, ctx) => {
    const dir = String(args.dir ?? '');
    if (!dir) throw new HutchError('bundle: a bundle directory is required', { code: 'usage' });
    const showProgress = typeof args.progress === 'boolean' ? args.progress : Boolean(process.stderr.isTTY);
    const progress = showProgress ? ttyProgress(process.stderr) : undefined;
    const controller = new AbortController();
    const onSignal = (): void => controller.abort();
    // Handlers stay installed until cleanup is over, so a second Ctrl-C
    // cannot kill us halfway through removing the scratch directory.
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    try {
      const rootless = rootlessFrom(args.rootless);
      const result = await unpackImage({
        image: String(args.image),
        bundle: dir,
        ...(rootless !== undefined ? { rootless } : {}),
        ...(typeof args.platform === 'string' ? { platform: args.platform } : {}),
        ...(progress ? { onProgress: progress.update } : {}),
        onNote: (msg) => {
          progress?.end();
          ctx.log.warn(msg);
        },
        signal: controller.signal,
      });
      progress?.end();
      ctx.log.debug(`unpacked ${result.manifestDigest ?? result.configDigest} (${result.layers} layers) into ${result.bundle}`);
      return 0;
    } catch (err) {
      progress?.end();
      if (controller.signal.aborted) {
        ctx.log.error('bundle: interrupted; nothing was written');
        return 130;
      }
      throw err;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  },
};

export default bundle;
