/** The parts of the OCI image-spec (and docker) JSON documents we read. */

export interface Descriptor {
  mediaType?: string;
  digest: string;
  size: number;
  annotations?: Record<string, string>;
  platform?: { os?: string; architecture?: string; variant?: string };
}

export interface ImageIndex {
  schemaVersion?: number;
  mediaType?: string;
  manifests?: Descriptor[];
}

export interface ImageManifest {
  schemaVersion?: number;
  mediaType?: string;
  config?: Descriptor;
  layers?: Descriptor[];
}

interface ImageConfigBody {
  User?: string;
  ExposedPorts?: Record<string, unknown>;
  Env?: string[];
  Entrypoint?: string[] | null;
  Cmd?: string[] | null;
  Volumes?: Record<string, unknown>;
  WorkingDir?: string;
  Labels?: Record<string, string> | null;
  StopSignal?: string;
}

export interface ImageConfig {
  created?: string;
  author?: string;
  architecture?: string;
  os?: string;
  variant?: string;
  config?: ImageConfigBody;
  rootfs?: { type?: string; diff_ids?: string[] };
}

/** docker save's manifest.json: one element per image. */
export interface DockerManifestEntry {
  Config: string;
  RepoTags?: string[] | null;
  Layers: string[];
}

/** One layer to apply, wherever it is stored. */
export interface LayerRef {
  /** Member name in the store (blobs/sha256/… or <id>/layer.tar). */
  member: string;
  /** Digest of the stored (possibly compressed) bytes, when known. */
  digest?: string;
  size?: number;
  mediaType?: string;
  /** sha256 of the uncompressed tar, from the config's rootfs.diff_ids. */
  diffId: string;
}

export interface ResolvedImage {
  format: 'oci' | 'docker-archive';
  /** Digest of the selected manifest (absent for docker-archive, which has none). */
  manifestDigest?: string;
  configDigest: string;
  config: ImageConfig;
  layers: LayerRef[];
  /** The name the image was selected by (ref.name annotation or RepoTag), if any. */
  refName?: string;
}

export const MEDIA = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
} as const;

export const REF_NAME = 'org.opencontainers.image.ref.name';
export const CONTAINERD_NAME = 'io.containerd.image.name';
