import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../lib/errors.js';
import { parseJson, parseProcess, parseSpec } from '../../lib/config/index.js';

type J = Record<string, any>;

/** A config touching every section hutch models; it must parse cleanly. */
function full(): J {
  return {
    ociVersion: '1.3.0',
    process: {
      terminal: false,
      consoleSize: { height: 24, width: 80 },
      user: { uid: 1000, gid: 1000, umask: 18, additionalGids: [5, 6] },
      args: ['sh', '-c', 'true'],
      env: ['PATH=/bin', 'EMPTY='],
      cwd: '/',
      capabilities: { bounding: ['CAP_KILL'], effective: ['CAP_KILL'], permitted: ['CAP_KILL'], ambient: [], inheritable: [] },
      rlimits: [
        { type: 'RLIMIT_NOFILE', hard: 1024, soft: 512 },
        { type: 'RLIMIT_CORE', hard: 18446744073709551615n, soft: 0 },
      ],
      noNewPrivileges: true,
      apparmorProfile: 'unconfined',
      oomScoreAdj: -500,
      scheduler: { policy: 'SCHED_FIFO', priority: 10, flags: ['SCHED_FLAG_RESET_ON_FORK'] },
      selinuxLabel: '',
      ioPriority: { class: 'IOPRIO_CLASS_BE', priority: 4 },
      execCPUAffinity: { initial: '0', final: '0-3,7' },
    },
    root: { path: 'rootfs', readonly: true },
    hostname: 'box',
    domainname: 'example.org',
    mounts: [
      { destination: '/proc', type: 'proc', source: 'proc' },
      {
        destination: '/data',
        type: 'none',
        source: '/srv/data',
        options: ['rbind', 'ro', 'idmap'],
        uidMappings: [{ containerID: 0, hostID: 100000, size: 65536 }],
        gidMappings: [{ containerID: 0, hostID: 100000, size: 65536 }],
      },
    ],
    hooks: {
      prestart: [{ path: '/usr/bin/hook', args: ['hook', 'x'], env: ['A=1'], timeout: 5 }],
      createRuntime: [{ path: '/bin/true' }],
      poststop: [],
    },
    annotations: { 'org.example.key': 'value' },
    linux: {
      uidMappings: [{ containerID: 0, hostID: 100000, size: 65536 }],
      gidMappings: [{ containerID: 0, hostID: 100000, size: 65536 }],
      sysctl: { 'net.ipv4.ip_forward': '1', 'kernel.shmmax': '1024', 'net/ipv4/conf/eth0.100/forwarding': '1' },
      resources: {
        devices: [
          { allow: false, access: 'rwm' },
          { allow: true, type: 'c', major: 10, minor: 229, access: 'rw' },
        ],
        memory: {
          limit: 536870912,
          reservation: -1,
          swap: -1,
          kernel: -1,
          kernelTCP: -1,
          swappiness: 60,
          disableOOMKiller: false,
          useHierarchy: true,
          checkBeforeUpdate: true,
        },
        cpu: {
          shares: 1024,
          quota: 100000,
          burst: 0,
          period: 100000,
          realtimeRuntime: 950000,
          realtimePeriod: 1000000,
          cpus: '0-3',
          mems: '0',
          idle: 0,
        },
        pids: { limit: 32771 },
        blockIO: {
          weight: 500,
          leafWeight: 300,
          weightDevice: [{ major: 8, minor: 0, weight: 500 }],
          throttleReadBpsDevice: [{ major: 8, minor: 0, rate: 600 }],
          throttleWriteIOPSDevice: [{ major: 8, minor: 16, rate: 300 }],
        },
        hugepageLimits: [{ pageSize: '2MB', limit: 209715200 }],
        network: { classID: 1048577, priorities: [{ name: 'eth0', priority: 500 }] },
        rdma: { mlx5_1: { hcaHandles: 3, hcaObjects: 10000 } },
        unified: { 'memory.high': '1G' },
      },
      cgroupsPath: '/hutch/test',
      namespaces: [
        { type: 'pid' },
        { type: 'network' },
        { type: 'ipc' },
        { type: 'uts' },
        { type: 'mount' },
        { type: 'user' },
        { type: 'cgroup' },
        { type: 'time' },
      ],
      devices: [
        { path: '/dev/fuse', type: 'c', major: 10, minor: 229, fileMode: 438, uid: 0, gid: 0 },
        { path: '/dev/fifo', type: 'p' },
      ],
      netDevices: { eth1: { name: 'ctr1' }, dummy0: {} },
      seccomp: {
        defaultAction: 'SCMP_ACT_ERRNO',
        defaultErrnoRet: 1,
        architectures: ['SCMP_ARCH_X86_64', 'SCMP_ARCH_X86'],
        flags: ['SECCOMP_FILTER_FLAG_LOG'],
        listenerPath: '/run/seccomp.sock',
        listenerMetadata: 'meta',
        syscalls: [
          { names: ['read', 'write'], action: 'SCMP_ACT_ALLOW' },
          { names: ['personality'], action: 'SCMP_ACT_ALLOW', args: [{ index: 0, value: 4294967295, valueTwo: 0, op: 'SCMP_CMP_EQ' }] },
          { names: ['mkdir'], action: 'SCMP_ACT_NOTIFY' },
        ],
      },
      rootfsPropagation: 'rslave',
      maskedPaths: ['/proc/kcore'],
      readonlyPaths: ['/proc/sys'],
      mountLabel: '',
      intelRdt: { closID: 'guaranteed', schemata: ['L3:0=ffff'], l3CacheSchema: 'L3:0=ff', memBwSchema: 'MB:0=50', enableMonitoring: true },
      memoryPolicy: { mode: 'MPOL_BIND', nodes: '0-1', flags: ['MPOL_F_STATIC_NODES'] },
      personality: { domain: 'LINUX32', flags: [] },
      timeOffsets: { monotonic: { secs: 3600, nanosecs: 0 }, boottime: { secs: -60 } },
    },
  };
}

function errorOf(config: unknown): ConfigError {
  try {
    parseSpec(config);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return err as ConfigError;
  }
  throw new Error('parseSpec accepted the config');
}

/** Applies `mutate` to a valid config and expects `path: problem`. */
function expectFailure(mutate: (c: J) => void, path: string, problem: string | RegExp): void {
  const c = full();
  mutate(c);
  const err = errorOf(c);
  expect(err.path).toBe(path);
  if (typeof problem === 'string') expect(err.message).toBe(`config.json: ${path}: ${problem}`);
  else expect(err.message).toMatch(problem);
}

describe('parseSpec: valid configs', () => {
  it('accepts a config using every modelled section', () => {
    const spec = parseSpec(full());
    expect(spec.process?.rlimits?.[1]?.hard).toBe(18446744073709551615n);
    expect(spec.linux?.seccomp?.syscalls?.[1]?.args?.[0]?.value).toBe(4294967295);
    expect(spec.linux?.timeOffsets?.boottime).toEqual({ secs: -60 });
    expect(spec.hooks?.poststop).toEqual([]);
  });

  it('returns only known fields and ignores unknown ones anywhere', () => {
    const c = full();
    c.vendorExtension = { any: 'thing' };
    c.process.futureField = 1;
    c.linux.resources.memory.somethingNew = true;
    c.windows = { layerFolders: [] };
    const spec = parseSpec(c) as J;
    expect(spec.vendorExtension).toBeUndefined();
    expect(spec.windows).toBeUndefined();
    expect(spec.process.futureField).toBeUndefined();
    expect(spec.linux.resources.memory.somethingNew).toBeUndefined();
  });

  it('treats null like an absent field, as Go does', () => {
    const c = full();
    c.linux.seccomp = null;
    c.annotations = null;
    c.process.rlimits = null;
    const spec = parseSpec(c);
    expect(spec.linux).not.toHaveProperty('seccomp');
    expect(spec).not.toHaveProperty('annotations');
    expect(spec.process).not.toHaveProperty('rlimits');
  });

  it('accepts a minimal config', () => {
    expect(parseSpec({ ociVersion: '1.0.2-dev', root: { path: 'rootfs' } })).toEqual({
      ociVersion: '1.0.2-dev',
      root: { path: 'rootfs' },
    });
  });

  it('defaults a missing user to root, like runc', () => {
    const c = full();
    delete c.process.user;
    expect(parseSpec(c).process?.user).toEqual({ uid: 0, gid: 0 });
  });

  it('allows a seccomp object with neither default action nor rules (seccomp off)', () => {
    const c = full();
    c.linux.seccomp = { architectures: ['SCMP_ARCH_X86_64'] };
    expect(parseSpec(c).linux?.seccomp).toEqual({ architectures: ['SCMP_ARCH_X86_64'] });
  });

  it('accepts a new user namespace that maps no root (a sandbox maps the caller to itself)', () => {
    const c = full();
    c.linux.uidMappings = [{ containerID: 1000, hostID: 1000, size: 1 }];
    c.linux.gidMappings = [{ containerID: 1000, hostID: 1000, size: 1 }];
    expect(parseSpec(c).linux?.uidMappings).toEqual([{ containerID: 1000, hostID: 1000, size: 1 }]);
  });

  it('lets a joined user namespace go without mappings', () => {
    const c = full();
    delete c.linux.uidMappings;
    delete c.linux.gidMappings;
    c.mounts = c.mounts.slice(0, 1);
    c.linux.namespaces[5] = { type: 'user', path: '/proc/1234/ns/user' };
    expect(parseSpec(c).linux?.namespaces?.[5]).toEqual({ type: 'user', path: '/proc/1234/ns/user' });
  });

  it('keeps big integers exact when read through parseJson', () => {
    const text = JSON.stringify({ ociVersion: '1.3.0', root: { path: 'r' } }).replace(
      /}$/,
      ',"process":{"cwd":"/","args":["x"],"rlimits":[{"type":"RLIMIT_AS","hard":18446744073709551615,"soft":9007199254740993}]}}',
    );
    const rl = parseSpec(parseJson(text)).process?.rlimits?.[0];
    expect(rl).toEqual({ type: 'RLIMIT_AS', hard: 2n ** 64n - 1n, soft: 9007199254740993n });
  });
});

describe('parseSpec: errors name the JSON path', () => {
  const cases: [string, (c: J) => void, string, string | RegExp][] = [
    ['not an object', () => undefined, '(root)', 'expected object, got array'],
    ['ociVersion missing', (c) => delete c.ociVersion, 'ociVersion', 'is required'],
    ['ociVersion type', (c) => (c.ociVersion = 1), 'ociVersion', 'expected string, got number'],
    ['ociVersion format', (c) => (c.ociVersion = 'v1'), 'ociVersion', 'must be a SemVer 2.0.0 version, got "v1"'],
    ['root missing', (c) => delete c.root, 'root', 'is required'],
    ['root.path missing', (c) => delete c.root.path, 'root.path', 'is required'],
    ['root.path type', (c) => (c.root.path = 7), 'root.path', 'expected string, got number'],
    ['root.path empty', (c) => (c.root.path = ''), 'root.path', 'must not be empty'],
    ['root.readonly type', (c) => (c.root.readonly = 'yes'), 'root.readonly', 'expected boolean, got string'],
    ['hostname type', (c) => (c.hostname = []), 'hostname', 'expected string, got array'],
    ['process.args[0] type', (c) => (c.process.args[0] = 5), 'process.args[0]', 'expected string, got number'],
    ['process.args empty', (c) => (c.process.args = []), 'process.args', 'must not be empty'],
    ['process.args missing', (c) => delete c.process.args, 'process.args', 'is required'],
    ['process.cwd missing', (c) => delete c.process.cwd, 'process.cwd', 'is required'],
    ['process.cwd relative', (c) => (c.process.cwd = 'tmp'), 'process.cwd', 'must be an absolute path, got "tmp"'],
    ['process.env no =', (c) => (c.process.env[1] = 'NOVALUE'), 'process.env[1]', '"NOVALUE" is not of the form NAME=value'],
    ['process.env empty name', (c) => (c.process.env[0] = '=x'), 'process.env[0]', '"=x" has an empty name'],
    ['process.terminal type', (c) => (c.process.terminal = 1), 'process.terminal', 'expected boolean, got number'],
    ['consoleSize.width missing', (c) => delete c.process.consoleSize.width, 'process.consoleSize.width', 'is required'],
    ['user.uid negative', (c) => (c.process.user.uid = -1), 'process.user.uid', '-1 is out of range for uint32 (0..4294967295)'],
    ['user.gid float', (c) => (c.process.user.gid = 1.5), 'process.user.gid', 'expected integer, got 1.5'],
    [
      'user.additionalGids[1]',
      (c) => (c.process.user.additionalGids[1] = 'x'),
      'process.user.additionalGids[1]',
      'expected integer, got string',
    ],
    [
      'capabilities set type',
      (c) => (c.process.capabilities.bounding = 'CAP_KILL'),
      'process.capabilities.bounding',
      'expected array, got string',
    ],
    [
      'capabilities entry type',
      (c) => (c.process.capabilities.effective[0] = 1),
      'process.capabilities.effective[0]',
      'expected string, got number',
    ],
    ['rlimit unknown', (c) => (c.process.rlimits[1].type = 'RLIMIT_FOO'), 'process.rlimits[1].type', 'unknown rlimit "RLIMIT_FOO"'],
    [
      'rlimit duplicate',
      (c) => (c.process.rlimits[1].type = 'RLIMIT_NOFILE'),
      'process.rlimits[1].type',
      'duplicate rlimit "RLIMIT_NOFILE"',
    ],
    ['rlimit hard missing', (c) => delete c.process.rlimits[0].hard, 'process.rlimits[0].hard', 'is required'],
    ['rlimit soft > hard', (c) => (c.process.rlimits[0].soft = 2048), 'process.rlimits[0].soft', 'soft limit 2048 exceeds hard limit 1024'],
    ['rlimit negative', (c) => (c.process.rlimits[0].hard = -1), 'process.rlimits[0].hard', /out of range for uint64/],
    ['rlimit unsafe float', (c) => (c.process.rlimits[0].hard = 2 ** 64), 'process.rlimits[0].hard', /is not exact in a JavaScript number/],
    ['oomScoreAdj range', (c) => (c.process.oomScoreAdj = 1001), 'process.oomScoreAdj', 'must be between -1000 and 1000, got 1001'],
    [
      'scheduler policy',
      (c) => (c.process.scheduler.policy = 'SCHED_FAST'),
      'process.scheduler.policy',
      'unknown scheduler policy "SCHED_FAST"',
    ],
    ['scheduler nice', (c) => (c.process.scheduler.nice = 20), 'process.scheduler.nice', 'must be between -20 and 19, got 20'],
    [
      'scheduler priority',
      (c) => (c.process.scheduler.policy = 'SCHED_OTHER'),
      'process.scheduler.priority',
      'can only be set for SCHED_FIFO or SCHED_RR',
    ],
    ['scheduler runtime', (c) => (c.process.scheduler.runtime = 5), 'process.scheduler.runtime', 'can only be set for SCHED_DEADLINE'],
    ['scheduler flag', (c) => (c.process.scheduler.flags = ['X']), 'process.scheduler.flags[0]', 'unknown scheduler flag "X"'],
    [
      'ioPriority class',
      (c) => (c.process.ioPriority.class = 'IOPRIO_CLASS_NONE'),
      'process.ioPriority.class',
      'unknown I/O priority class "IOPRIO_CLASS_NONE"',
    ],
    ['ioPriority priority', (c) => (c.process.ioPriority.priority = 8), 'process.ioPriority.priority', 'must be between 0 and 7, got 8'],
    ['execCPUAffinity', (c) => (c.process.execCPUAffinity.final = '3-1'), 'process.execCPUAffinity.final', 'invalid range "3-1" in "3-1"'],
    ['execCPUAffinity format', (c) => (c.process.execCPUAffinity.initial = 'all'), 'process.execCPUAffinity.initial', /invalid list "all"/],
    [
      'mount destination relative',
      (c) => (c.mounts[0].destination = 'proc'),
      'mounts[0].destination',
      'must be an absolute path, got "proc"',
    ],
    ['mount destination missing', (c) => delete c.mounts[0].destination, 'mounts[0].destination', 'is required'],
    ['mount options type', (c) => (c.mounts[1].options = 'ro'), 'mounts[1].options', 'expected array, got string'],
    ['mount NUL', (c) => (c.mounts[0].source = 'pr\0oc'), 'mounts[0].source', 'contains a NUL byte'],
    ['mount uidMappings size', (c) => (c.mounts[1].uidMappings[0].size = 0), 'mounts[1].uidMappings[0].size', 'must be greater than 0'],
    ['idmap mount not bind', (c) => (c.mounts[1].options = ['ro']), 'mounts[1].options', /must be a bind mount/],
    ['hook path relative', (c) => (c.hooks.prestart[0].path = 'hook'), 'hooks.prestart[0].path', 'must be an absolute path, got "hook"'],
    ['hook timeout', (c) => (c.hooks.prestart[0].timeout = 0), 'hooks.prestart[0].timeout', /must be between 1 and/],
    ['hooks list type', (c) => (c.hooks.poststart = {}), 'hooks.poststart', 'expected array, got object'],
    ['annotation value', (c) => (c.annotations['org.example.key'] = 1), 'annotations["org.example.key"]', 'expected string, got number'],
    ['annotation empty key', (c) => (c.annotations[''] = 'x'), 'annotations[""]', 'keys must not be empty'],
    ['linux type', (c) => (c.linux = []), 'linux', 'expected object, got array'],
    ['namespace type unknown', (c) => (c.linux.namespaces[2].type = 'foo'), 'linux.namespaces[2].type', 'unknown namespace type "foo"'],
    ['namespace duplicate', (c) => (c.linux.namespaces[2].type = 'pid'), 'linux.namespaces[2].type', 'duplicate namespace type "pid"'],
    [
      'namespace path relative',
      (c) => (c.linux.namespaces[1].path = 'ns/net'),
      'linux.namespaces[1].path',
      'must be an absolute path, got "ns/net"',
    ],
    ['namespace missing type', (c) => delete c.linux.namespaces[0].type, 'linux.namespaces[0].type', 'is required'],
    ['uidMappings field', (c) => (c.linux.uidMappings[0].hostID = '1'), 'linux.uidMappings[0].hostID', 'expected integer, got string'],
    ['gidMappings missing size', (c) => delete c.linux.gidMappings[0].size, 'linux.gidMappings[0].size', 'is required'],
    [
      'mappings without userns',
      (c) => c.linux.namespaces.splice(5, 1),
      'linux.uidMappings',
      'requires a user namespace in linux.namespaces',
    ],
    [
      'idmap mount without userns',
      (c) => {
        c.linux.namespaces.splice(5, 1);
        delete c.linux.uidMappings;
        delete c.linux.gidMappings;
      },
      'mounts[1]',
      'an id-mapped mount requires a user namespace in linux.namespaces',
    ],
    ['userns without uid mappings', (c) => delete c.linux.uidMappings, 'linux.uidMappings', 'a new user namespace needs mappings'],
    ['hostname without uts', (c) => c.linux.namespaces.splice(3, 1), 'hostname', 'cannot be set without a uts namespace'],
    ['maskedPaths without mount ns', (c) => c.linux.namespaces.splice(4, 1), 'linux.maskedPaths', 'requires a mount namespace'],
    [
      'maskedPaths relative',
      (c) => (c.linux.maskedPaths = ['proc/kcore']),
      'linux.maskedPaths[0]',
      'must be an absolute path, got "proc/kcore"',
    ],
    [
      'timeOffsets without time ns',
      (c) => c.linux.namespaces.splice(7, 1),
      'linux.timeOffsets',
      'requires a time namespace in linux.namespaces',
    ],
    [
      'timeOffsets clock',
      (c) => (c.linux.timeOffsets.realtime = {}),
      'linux.timeOffsets.realtime',
      'unknown clock "realtime" (expected monotonic or boottime)',
    ],
    [
      'timeOffsets nanosecs',
      (c) => (c.linux.timeOffsets.monotonic.nanosecs = 1e9),
      'linux.timeOffsets.monotonic.nanosecs',
      /must be between 0 and 999999999/,
    ],
    ['sysctl value type', (c) => (c.linux.sysctl['kernel.shmmax'] = 1024), 'linux.sysctl["kernel.shmmax"]', 'expected string, got number'],
    [
      'netDevices without netns',
      (c) => c.linux.namespaces.splice(1, 1),
      'linux.netDevices',
      'requires a network namespace in linux.namespaces',
    ],
    [
      'sysctl net without netns',
      (c) => {
        c.linux.namespaces.splice(1, 1);
        delete c.linux.netDevices;
      },
      'linux.sysctl["net.ipv4.ip_forward"]',
      'is not allowed in the host network namespace',
    ],
    [
      'sysctl ipc without ipcns',
      (c) => c.linux.namespaces.splice(2, 1),
      'linux.sysctl["kernel.shmmax"]',
      'is not allowed in the host ipc namespace',
    ],
    [
      'sysctl not namespaced',
      (c) => (c.linux.sysctl['vm.swappiness'] = '1'),
      'linux.sysctl["vm.swappiness"]',
      'is not in a separate kernel namespace',
    ],
    [
      'sysctl hostname',
      (c) => (c.linux.sysctl['kernel.hostname'] = 'x'),
      'linux.sysctl["kernel.hostname"]',
      'conflicts with the "hostname" field',
    ],
    ['device type', (c) => (c.linux.devices[0].type = 'x'), 'linux.devices[0].type', 'unknown device type "x"'],
    [
      'device path relative',
      (c) => (c.linux.devices[0].path = 'dev/fuse'),
      'linux.devices[0].path',
      'must be an absolute path, got "dev/fuse"',
    ],
    ['device major required', (c) => delete c.linux.devices[0].major, 'linux.devices[0].major', 'is required'],
    ['device fileMode', (c) => (c.linux.devices[0].fileMode = -1), 'linux.devices[0].fileMode', /out of range for uint32/],
    [
      'netDevices name',
      (c) => (c.linux.netDevices.eth1.name = 'a/b'),
      'linux.netDevices.eth1.name',
      'invalid network interface name "a/b"',
    ],
    [
      'netDevices key',
      (c) => (c.linux.netDevices['x'.repeat(16)] = {}),
      `linux.netDevices.${'x'.repeat(16)}`,
      /invalid network interface name/,
    ],
    [
      'rootfsPropagation',
      (c) => (c.linux.rootfsPropagation = 'rprivat'),
      'linux.rootfsPropagation',
      'unknown rootfs propagation "rprivat"',
    ],
    ['resources.devices access', (c) => delete c.linux.resources.devices[0].access, 'linux.resources.devices[0].access', 'is required'],
    [
      'resources.devices access chars',
      (c) => (c.linux.resources.devices[1].access = 'rx'),
      'linux.resources.devices[1].access',
      'must be a combination of r, w and m, got "rx"',
    ],
    [
      'resources.devices type',
      (c) => (c.linux.resources.devices[1].type = 'u'),
      'linux.resources.devices[1].type',
      'unknown device type "u"',
    ],
    ['resources.devices allow', (c) => delete c.linux.resources.devices[0].allow, 'linux.resources.devices[0].allow', 'is required'],
    ['memory.limit type', (c) => (c.linux.resources.memory.limit = '1G'), 'linux.resources.memory.limit', 'expected integer, got string'],
    [
      'memory.swappiness',
      (c) => (c.linux.resources.memory.swappiness = 101),
      'linux.resources.memory.swappiness',
      'must be between 0 and 100, got 101',
    ],
    ['cpu.shares negative', (c) => (c.linux.resources.cpu.shares = -2), 'linux.resources.cpu.shares', /out of range for uint64/],
    ['cpu.cpus type', (c) => (c.linux.resources.cpu.cpus = 3), 'linux.resources.cpu.cpus', 'expected string, got number'],
    ['pids.limit type', (c) => (c.linux.resources.pids.limit = true), 'linux.resources.pids.limit', 'expected integer, got boolean'],
    [
      'blockIO.weight',
      (c) => (c.linux.resources.blockIO.weight = 5),
      'linux.resources.blockIO.weight',
      'must be between 10 and 1000, got 5',
    ],
    ['blockIO.weight u16', (c) => (c.linux.resources.blockIO.weight = 70000), 'linux.resources.blockIO.weight', /out of range for uint16/],
    [
      'weightDevice no weight',
      (c) => delete c.linux.resources.blockIO.weightDevice[0].weight,
      'linux.resources.blockIO.weightDevice[0]',
      'must set weight or leafWeight',
    ],
    [
      'throttle rate',
      (c) => delete c.linux.resources.blockIO.throttleReadBpsDevice[0].rate,
      'linux.resources.blockIO.throttleReadBpsDevice[0].rate',
      'is required',
    ],
    [
      'hugepage size',
      (c) => (c.linux.resources.hugepageLimits[0].pageSize = '2M'),
      'linux.resources.hugepageLimits[0].pageSize',
      'must look like "2MB" or "1GB", got "2M"',
    ],
    [
      'network priority',
      (c) => (c.linux.resources.network.priorities[0].priority = -1),
      'linux.resources.network.priorities[0].priority',
      /out of range for uint32/,
    ],
    [
      'rdma',
      (c) => (c.linux.resources.rdma.mlx5_1.hcaHandles = 'x'),
      'linux.resources.rdma.mlx5_1.hcaHandles',
      'expected integer, got string',
    ],
    [
      'unified key',
      (c) => (c.linux.resources.unified['../memory.max'] = '1'),
      'linux.resources.unified["../memory.max"]',
      'must be a cgroup file name (no slashes)',
    ],
    [
      'seccomp defaultAction',
      (c) => (c.linux.seccomp.defaultAction = 'SCMP_ACT_DENY'),
      'linux.seccomp.defaultAction',
      'unknown seccomp action "SCMP_ACT_DENY"',
    ],
    [
      'seccomp defaultAction missing',
      (c) => delete c.linux.seccomp.defaultAction,
      'linux.seccomp.defaultAction',
      'is required when syscalls are listed',
    ],
    [
      'seccomp notify default',
      (c) => (c.linux.seccomp.defaultAction = 'SCMP_ACT_NOTIFY'),
      'linux.seccomp.defaultAction',
      'SCMP_ACT_NOTIFY cannot be the default action',
    ],
    [
      'seccomp notify write',
      (c) => (c.linux.seccomp.syscalls[2].names = ['mkdir', 'write']),
      'linux.seccomp.syscalls[2].names[1]',
      'SCMP_ACT_NOTIFY cannot be used for the write syscall',
    ],
    [
      'seccomp notify sendmsg',
      (c) => (c.linux.seccomp.syscalls[2].names = ['sendmsg']),
      'linux.seccomp.syscalls[2].names[0]',
      'SCMP_ACT_NOTIFY cannot be used for the sendmsg syscall',
    ],
    [
      'seccomp arch',
      (c) => (c.linux.seccomp.architectures[1] = 'x86'),
      'linux.seccomp.architectures[1]',
      'unknown seccomp architecture "x86"',
    ],
    [
      'seccomp flag',
      (c) => (c.linux.seccomp.flags = ['SECCOMP_FILTER_FLAG_NEW']),
      'linux.seccomp.flags[0]',
      'unknown seccomp flag "SECCOMP_FILTER_FLAG_NEW"',
    ],
    ['seccomp names empty', (c) => (c.linux.seccomp.syscalls[0].names = []), 'linux.seccomp.syscalls[0].names', 'must not be empty'],
    ['seccomp action missing', (c) => delete c.linux.seccomp.syscalls[1].action, 'linux.seccomp.syscalls[1].action', 'is required'],
    [
      'seccomp arg index',
      (c) => (c.linux.seccomp.syscalls[1].args[0].index = 6),
      'linux.seccomp.syscalls[1].args[0].index',
      'must be between 0 and 5, got 6',
    ],
    [
      'seccomp arg op',
      (c) => (c.linux.seccomp.syscalls[1].args[0].op = '=='),
      'linux.seccomp.syscalls[1].args[0].op',
      'unknown seccomp operator "=="',
    ],
    [
      'seccomp arg value',
      (c) => delete c.linux.seccomp.syscalls[1].args[0].value,
      'linux.seccomp.syscalls[1].args[0].value',
      'is required',
    ],
    ['seccomp errnoRet', (c) => (c.linux.seccomp.defaultErrnoRet = -1), 'linux.seccomp.defaultErrnoRet', /out of range for uint32/],
    ['intelRdt closID', (c) => (c.linux.intelRdt.closID = '../x'), 'linux.intelRdt.closID', 'invalid resctrl group name "../x"'],
    ['intelRdt schemata', (c) => (c.linux.intelRdt.schemata = 'L3:0=ff'), 'linux.intelRdt.schemata', 'expected array, got string'],
    [
      'memoryPolicy mode',
      (c) => (c.linux.memoryPolicy.mode = 'MPOL_FAST'),
      'linux.memoryPolicy.mode',
      'unknown memory policy mode "MPOL_FAST"',
    ],
    [
      'memoryPolicy flag',
      (c) => (c.linux.memoryPolicy.flags = ['MPOL_F_X']),
      'linux.memoryPolicy.flags[0]',
      'unknown memory policy flag "MPOL_F_X"',
    ],
    [
      'memoryPolicy exclusive flags',
      (c) => c.linux.memoryPolicy.flags.push('MPOL_F_RELATIVE_NODES'),
      'linux.memoryPolicy.flags',
      'MPOL_F_STATIC_NODES and MPOL_F_RELATIVE_NODES are mutually exclusive',
    ],
    ['memoryPolicy nodes required', (c) => delete c.linux.memoryPolicy.nodes, 'linux.memoryPolicy.nodes', 'is required for MPOL_BIND'],
    [
      'memoryPolicy nodes forbidden',
      (c) => (c.linux.memoryPolicy.mode = 'MPOL_LOCAL'),
      'linux.memoryPolicy.nodes',
      'must be empty for MPOL_LOCAL',
    ],
    ['memoryPolicy nodes format', (c) => (c.linux.memoryPolicy.nodes = '0,,1'), 'linux.memoryPolicy.nodes', /invalid list/],
    ['personality domain', (c) => (c.linux.personality.domain = 'BSD'), 'linux.personality.domain', 'unknown personality domain "BSD"'],
  ];

  it.each(cases)('%s', (_name, mutate, path, problem) => {
    if (_name === 'not an object') {
      const err = errorOf([]);
      expect(err.message).toBe('config.json: (root): expected object, got array');
      return;
    }
    expectFailure(mutate, path, problem);
  });
});

describe('parseProcess', () => {
  it('validates an exec process document on its own', () => {
    expect(parseProcess({ cwd: '/', args: ['ls'] })).toEqual({ cwd: '/', args: ['ls'], user: { uid: 0, gid: 0 } });
  });

  it('uses the given path prefix', () => {
    expect(() => parseProcess({ cwd: '/', args: [1] }, '(process.json)')).toThrow(
      'config.json: (process.json).args[0]: expected string, got number',
    );
  });
});
