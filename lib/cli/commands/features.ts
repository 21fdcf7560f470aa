import type { CommandSpec } from '../command.js';
import { buildFeatures, hostCgroupAnnotations, probeHostCgroups, renderFeatures } from '../../features.js';
import type { CgroupSupport } from '../../cgroups/support.js';
import { knownMountOptions } from '../../mounts/options.js';
import { CAPABILITIES } from '../../config/capabilities.js';
import { NAMESPACE_TYPES } from '../../config/parse-linux.js';
import { SECCOMP_ACTIONS, SECCOMP_OPERATORS, SECCOMP_FLAGS } from '../../config/parse-seccomp.js';
import { OCI_VERSION } from '../../config/version.js';
import { writeOut } from '../output.js';

/**
 * What this build of hutch really supports, in the runtime-spec features
 * format. Each claim is backed by code and a test (seccomp NOTIFY:
 * integration/seccomp-notify); what is refused (Intel RDT, AppArmor/SELinux
 * on hosts without them) is left out or marked disabled. `cgroups`, probed
 * on this host for this caller, adds the host's cgroup facts as annotations.
 */
export function hutchFeatures(cgroups?: CgroupSupport) {
  return buildFeatures({
    ociVersionMin: '1.0.0',
    ociVersionMax: OCI_VERSION,
    hooks: ['prestart', 'createRuntime', 'createContainer', 'startContainer', 'poststart', 'poststop'],
    mountOptions: [...knownMountOptions(), 'idmap', 'ridmap'].sort(),
    linux: {
      namespaces: [...NAMESPACE_TYPES],
      capabilities: [...CAPABILITIES],
      cgroup: { v1: true, v2: true, systemd: false, systemdUser: false, rdma: false },
      seccomp: {
        enabled: true,
        actions: [...SECCOMP_ACTIONS],
        operators: [...SECCOMP_OPERATORS],
        archs: ['SCMP_ARCH_AARCH64', 'SCMP_ARCH_ARM', 'SCMP_ARCH_X32', 'SCMP_ARCH_X86', 'SCMP_ARCH_X86_64'],
        knownFlags: [...SECCOMP_FLAGS],
        supportedFlags: ['SECCOMP_FILTER_FLAG_LOG', 'SECCOMP_FILTER_FLAG_SPEC_ALLOW', 'SECCOMP_FILTER_FLAG_TSYNC'],
      },
      apparmor: { enabled: false },
      selinux: { enabled: false },
      intelRdt: { enabled: false },
      mountExtensions: { idmap: { enabled: true } },
    },
    annotations: {
      'io.github.hutch.plan': 'syscall-plan interpreter',
      'org.opencontainers.runc.checkpoint.enabled': 'false',
      ...(cgroups ? hostCgroupAnnotations(cgroups) : {}),
    },
  });
}

const features: CommandSpec = {
  command: 'features',
  describe: 'show the enabled features (runtime-spec features document)',
  run: async (_args, ctx) => {
    writeOut(renderFeatures(hutchFeatures(await probeHostCgroups(ctx))));
    return 0;
  },
};

export default features;
