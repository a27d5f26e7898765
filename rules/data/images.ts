/**
 * Facts about well-known base images, kept as data: which run as a non-root user by
 * default, which non-root user they ship, which user-management tools their distribution
 * has, and whether bash exists. Config (`images:`) extends this table; entries there are
 * consulted first. Patterns use `*` wildcards (see matchesImage); the first match wins,
 * so specific entries come before general ones.
 */
import { type ImageRef, matchesImage } from '../../src/engine/image.js';
import type { ImageFact } from '../../src/engine/types.js';

const SCRATCH: ImageFact = { image: 'scratch', nonRoot: false, family: 'none', bash: false };

/** Red Hat publishes the same UBI images under two registries. */
function redHat(path: string, fact: Omit<ImageFact, 'image'>): ImageFact[] {
  return [
    { image: `registry.access.redhat.com/${path}`, ...fact },
    { image: `registry.redhat.io/${path}`, ...fact },
  ];
}

/** Ubuntu images ship a `ubuntu` user (uid 1000) since 23.04. */
const UBUNTU_WITH_USER = ['23.*', '24.*', '25.*', '26.*', 'lunar*', 'mantic*', 'noble*', 'oracular*', 'plucky*', 'questing*', 'latest', 'rolling', 'devel'];

export const IMAGE_FACTS: readonly ImageFact[] = [
  SCRATCH,

  // Google distroless: no shell, no user tools. `:nonroot` tags run as `nonroot` (65532);
  // the others run as root but still list `nonroot` in /etc/passwd. It is written
  // numerically so that Kubernetes' runAsNonRoot can check it.
  { image: 'gcr.io/distroless/*:nonroot', nonRoot: true, user: 'nonroot', availableUser: '65532:65532', family: 'none', bash: false },
  { image: 'gcr.io/distroless/*:*-nonroot', nonRoot: true, user: 'nonroot', availableUser: '65532:65532', family: 'none', bash: false },
  { image: 'gcr.io/distroless/*', nonRoot: false, availableUser: '65532:65532', family: 'none', bash: false },

  // Chainguard: `wolfi-base` runs as root with apk and BusyBox; the other images run as
  // `nonroot` (65532). `-dev` tags add apk and BusyBox.
  { image: 'cgr.dev/*/wolfi-base', nonRoot: false, family: 'alpine', bash: false },
  { image: 'cgr.dev/*:*-dev', nonRoot: true, user: 'nonroot', availableUser: '65532:65532', family: 'alpine' },
  { image: 'cgr.dev/*', nonRoot: true, user: 'nonroot', availableUser: '65532:65532', family: 'none', bash: false },

  // Bitnami application images run as 1001; minideb is a plain Debian that runs as root.
  { image: 'bitnami/minideb', nonRoot: false, family: 'debian', bash: true },
  { image: 'bitnami/*', nonRoot: true, user: '1001', availableUser: '1001', family: 'debian', bash: true },
  { image: 'bitnamilegacy/*', nonRoot: true, user: '1001', availableUser: '1001', family: 'debian', bash: true },

  // *-unprivileged images run as a non-root user; nginx's runs as nginx (101).
  { image: 'nginxinc/nginx-unprivileged:*alpine*', nonRoot: true, user: '101', availableUser: '101', family: 'alpine', bash: false },
  { image: 'nginxinc/nginx-unprivileged', nonRoot: true, user: '101', availableUser: '101', family: 'debian', bash: true },
  { image: '*-unprivileged:*alpine*', nonRoot: true, family: 'alpine', bash: false },
  { image: '*-unprivileged', nonRoot: true },

  // Red Hat UBI. micro has no package manager or user tools; minimal has microdnf but no
  // useradd (see USER_TOOLS_MISSING); the language images (s2i) run as 1001, OpenJDK as 185.
  ...redHat('ubi*/ubi-micro', { nonRoot: false, family: 'none', bash: false }),
  ...redHat('ubi*-micro', { nonRoot: false, family: 'none', bash: false }),
  ...redHat('ubi*/ubi-minimal', { nonRoot: false, family: 'rhel', bash: true }),
  ...redHat('ubi*-minimal', { nonRoot: false, family: 'rhel', bash: true }),
  ...redHat('ubi*/python-*', { nonRoot: true, user: '1001', availableUser: '1001', family: 'rhel', bash: true }),
  ...redHat('ubi*/nodejs-*', { nonRoot: true, user: '1001', availableUser: '1001', family: 'rhel', bash: true }),
  ...redHat('ubi*/ruby-*', { nonRoot: true, user: '1001', availableUser: '1001', family: 'rhel', bash: true }),
  ...redHat('ubi*/php-*', { nonRoot: true, user: '1001', availableUser: '1001', family: 'rhel', bash: true }),
  ...redHat('ubi*/perl-*', { nonRoot: true, user: '1001', availableUser: '1001', family: 'rhel', bash: true }),
  ...redHat('ubi*/openjdk-*', { nonRoot: true, user: '185', availableUser: '185', family: 'rhel', bash: true }),
  ...redHat('ubi*', { nonRoot: false, family: 'rhel', bash: true }),
  { image: 'redhat/ubi*-micro', nonRoot: false, family: 'none', bash: false },
  { image: 'redhat/ubi*-minimal', nonRoot: false, family: 'rhel', bash: true },
  { image: 'redhat/ubi*', nonRoot: false, family: 'rhel', bash: true },

  // .NET: chiseled and distroless images run as `app` (uid 1654); the other .NET 8+
  // images ship `app` but run as root.
  { image: 'mcr.microsoft.com/dotnet/*:*-chiseled*', nonRoot: true, user: 'app', availableUser: 'app', family: 'none', bash: false },
  { image: 'mcr.microsoft.com/dotnet/*:*-distroless*', nonRoot: true, user: 'app', availableUser: 'app', family: 'none', bash: false },
  { image: 'mcr.microsoft.com/dotnet/*:8*-alpine*', nonRoot: false, availableUser: 'app', family: 'alpine', bash: false },
  { image: 'mcr.microsoft.com/dotnet/*:9*-alpine*', nonRoot: false, availableUser: 'app', family: 'alpine', bash: false },
  { image: 'mcr.microsoft.com/dotnet/*:1*-alpine*', nonRoot: false, availableUser: 'app', family: 'alpine', bash: false },
  { image: 'mcr.microsoft.com/dotnet/*:8*', nonRoot: false, availableUser: 'app', family: 'debian', bash: true },
  { image: 'mcr.microsoft.com/dotnet/*:9*', nonRoot: false, availableUser: 'app', family: 'debian', bash: true },
  { image: 'mcr.microsoft.com/dotnet/*:1*', nonRoot: false, availableUser: 'app', family: 'debian', bash: true },
  { image: 'mcr.microsoft.com/dotnet/*', nonRoot: false, family: 'debian', bash: true },

  // Application images that set a non-root USER themselves.
  { image: 'jenkins/jenkins:*alpine*', nonRoot: true, user: 'jenkins', availableUser: 'jenkins', family: 'alpine', bash: true },
  { image: 'jenkins/jenkins', nonRoot: true, user: 'jenkins', availableUser: 'jenkins', family: 'debian', bash: true },
  { image: 'grafana/grafana', nonRoot: true, user: '472', availableUser: '472' },
  { image: 'prom/*', nonRoot: true, user: 'nobody', availableUser: 'nobody', family: 'alpine', bash: false },
  { image: 'memcached:*alpine*', nonRoot: true, user: 'memcache', availableUser: 'memcache', family: 'alpine', bash: false },
  { image: 'memcached', nonRoot: true, user: 'memcache', availableUser: 'memcache', family: 'debian', bash: true },
  { image: 'curlimages/curl', nonRoot: true, user: 'curl_user', availableUser: 'curl_user', family: 'alpine', bash: false },
  { image: 'docker.elastic.co/elasticsearch/elasticsearch', nonRoot: true, user: '1000', availableUser: 'elasticsearch' },
  { image: 'docker.elastic.co/kibana/kibana', nonRoot: true, user: '1000', availableUser: 'kibana' },

  // Official images that ship a non-root user but run as root.
  { image: 'node:*alpine*', nonRoot: false, availableUser: 'node', family: 'alpine', bash: false },
  { image: 'node', nonRoot: false, availableUser: 'node', family: 'debian', bash: true },
  { image: 'oven/bun:*distroless*', nonRoot: false, availableUser: 'bun', family: 'none', bash: false },
  { image: 'oven/bun:*alpine*', nonRoot: false, availableUser: 'bun', family: 'alpine', bash: false },
  { image: 'oven/bun', nonRoot: false, availableUser: 'bun', family: 'debian', bash: true },
  ...UBUNTU_WITH_USER.map((tag): ImageFact => ({ image: `ubuntu:${tag}`, nonRoot: false, availableUser: 'ubuntu', family: 'debian', bash: true })),

  // Distributions.
  { image: 'alpine', nonRoot: false, family: 'alpine', bash: false },
  { image: 'busybox', nonRoot: false, family: 'alpine', bash: false },
  { image: '*:*alpine*', nonRoot: false, family: 'alpine', bash: false },
  { image: 'debian', nonRoot: false, family: 'debian', bash: true },
  { image: 'ubuntu', nonRoot: false, family: 'debian', bash: true },
  { image: 'fedora', nonRoot: false, family: 'rhel', bash: true },
  { image: 'registry.fedoraproject.org/fedora-minimal', nonRoot: false, family: 'rhel', bash: true },
  { image: 'registry.fedoraproject.org/fedora', nonRoot: false, family: 'rhel', bash: true },
  { image: 'centos', nonRoot: false, family: 'rhel', bash: true },
  { image: 'quay.io/centos/centos', nonRoot: false, family: 'rhel', bash: true },
  { image: 'rockylinux', nonRoot: false, family: 'rhel', bash: true },
  { image: 'rockylinux/*', nonRoot: false, family: 'rhel', bash: true },
  { image: 'almalinux', nonRoot: false, family: 'rhel', bash: true },
  { image: 'amazonlinux', nonRoot: false, family: 'rhel', bash: true },
  { image: 'amazoncorretto', nonRoot: false, family: 'rhel', bash: true },
  { image: 'oraclelinux', nonRoot: false, family: 'rhel', bash: true },

  // Language and server images built on Debian unless the tag says otherwise (alpine above).
  { image: 'python', nonRoot: false, family: 'debian', bash: true },
  { image: 'golang', nonRoot: false, family: 'debian', bash: true },
  { image: 'ruby', nonRoot: false, family: 'debian', bash: true },
  { image: 'php', nonRoot: false, family: 'debian', bash: true },
  { image: 'perl', nonRoot: false, family: 'debian', bash: true },
  { image: 'rust', nonRoot: false, family: 'debian', bash: true },
  { image: 'openjdk', nonRoot: false, family: 'debian', bash: true },
  { image: 'eclipse-temurin', nonRoot: false, family: 'debian', bash: true },
  { image: 'maven', nonRoot: false, family: 'debian', bash: true },
  { image: 'gradle', nonRoot: false, family: 'debian', bash: true },
  { image: 'nginx', nonRoot: false, family: 'debian', bash: true },
  { image: 'httpd', nonRoot: false, family: 'debian', bash: true },
  { image: 'postgres', nonRoot: false, family: 'debian', bash: true },
  { image: 'redis', nonRoot: false, family: 'debian', bash: true },
  { image: 'mysql:*debian*', nonRoot: false, family: 'debian', bash: true },
  { image: 'mysql', nonRoot: false, family: 'rhel', bash: true },
  { image: 'mariadb', nonRoot: false, family: 'debian', bash: true },
  { image: 'mongo', nonRoot: false, family: 'debian', bash: true },
];

/** The first fact matching an image: config entries first, then the bundled table. */
export function lookupImage(ref: ImageRef | null, extra: readonly ImageFact[] = []): ImageFact | null {
  if (!ref) return null;
  if (ref.repository === 'scratch' && ref.registry === null) return SCRATCH;
  for (const fact of extra) if (matchesImage(ref, fact.image)) return fact;
  for (const fact of IMAGE_FACTS) if (matchesImage(ref, fact.image)) return fact;
  return null;
}

/**
 * Images of the rhel family whose user tools (`useradd`, `groupadd`, from shadow-utils) are
 * not installed: they must be installed before a user can be created.
 */
const USER_TOOLS_MISSING: readonly string[] = [
  'amazonlinux',
  'amazoncorretto',
  ...redHat('ubi*/ubi-minimal', {}).map((f) => f.image),
  ...redHat('ubi*-minimal', {}).map((f) => f.image),
  'redhat/ubi*-minimal',
  'registry.fedoraproject.org/fedora-minimal',
  'rockylinux:*-minimal',
  'rockylinux/rockylinux:*-minimal',
  'almalinux:*-minimal',
  'oraclelinux:*-slim*',
];

/** Whether the image is known to lack `useradd`/`groupadd` although its family has them. */
export function lacksUserTools(ref: ImageRef | null): boolean {
  return ref !== null && USER_TOOLS_MISSING.some((pattern) => matchesImage(ref, pattern));
}

/**
 * Official images whose own entrypoint starts as root and drops to a service user
 * (with gosu, su-exec or setpriv) when it starts the server. Used while the Dockerfile
 * keeps the base image's ENTRYPOINT.
 */
const ENTRYPOINT_DROPS_PRIVILEGES: readonly string[] = [
  'postgres',
  'mysql',
  'mariadb',
  'mongo',
  'redis',
  'cassandra',
  'couchdb',
  'ghost',
  'hashicorp/vault',
  'hashicorp/consul',
];

/** Whether the image's own entrypoint drops root privileges before starting its service. */
export function entrypointDropsPrivileges(ref: ImageRef | null): boolean {
  return ref !== null && ENTRYPOINT_DROPS_PRIVILEGES.some((pattern) => matchesImage(ref, pattern));
}
