/**
 * Facts about well-known base images, kept as data: which run as a non-root user by
 * default, which non-root user they ship, which user-management tools their distribution
 * has, and whether bash exists. Config (`images:`) extends this table; entries there are
 * consulted first. Patterns use `*` wildcards (see matchesImage); the first match wins,
 * so specific entries come before general ones.
 */
import { type ImageRef, matchesImage } from '../../src/engine/image.js';
import type { ImageFact } from '../../src/engine/types.js';

export const IMAGE_FACTS: readonly ImageFact[] = [
  // Images without a shell or user database.
  { image: 'scratch', nonRoot: false, family: 'none', bash: false },
  // Google distroless: `:nonroot` tags run as 65532; others as root, no shell.
  { image: 'gcr.io/distroless/*:nonroot', nonRoot: true, user: 'nonroot', availableUser: 'nonroot', family: 'none', bash: false },
  { image: 'gcr.io/distroless/*:*-nonroot', nonRoot: true, user: 'nonroot', availableUser: 'nonroot', family: 'none', bash: false },
  { image: 'gcr.io/distroless/*:debug-nonroot', nonRoot: true, user: 'nonroot', availableUser: 'nonroot', family: 'none', bash: false },
  { image: 'gcr.io/distroless/*', nonRoot: false, availableUser: 'nonroot', family: 'none', bash: false },
  // Chainguard images run as nonroot (65532) unless the tag says -dev (still non-root by default).
  { image: 'cgr.dev/chainguard/*', nonRoot: true, user: 'nonroot', availableUser: 'nonroot', family: 'none', bash: false },
  // Bitnami images run as 1001.
  { image: 'bitnami/*', nonRoot: true, user: '1001', family: 'debian', bash: true },
  { image: 'docker.io/bitnami/*', nonRoot: true, user: '1001', family: 'debian', bash: true },
  // *-unprivileged images (nginxinc/nginx-unprivileged, ...) run as a non-root user.
  { image: '*-unprivileged', nonRoot: true, family: 'debian', bash: true },
  { image: '*-unprivileged:*-alpine*', nonRoot: true, family: 'alpine', bash: false },
  // Red Hat UBI micro/minimal have no useradd; standard UBI has shadow-utils.
  { image: 'registry.access.redhat.com/ubi*/ubi-micro', nonRoot: false, family: 'none', bash: false },
  { image: 'registry.access.redhat.com/ubi*/ubi-minimal', nonRoot: false, family: 'rhel', bash: true },
  { image: 'registry.access.redhat.com/ubi*', nonRoot: false, family: 'rhel', bash: true },
  { image: 'redhat/ubi*', nonRoot: false, family: 'rhel', bash: true },
  // .NET 8+ images ship a non-root `app` user ($APP_UID = 1654).
  { image: 'mcr.microsoft.com/dotnet/*:*-chiseled*', nonRoot: true, user: 'app', availableUser: 'app', family: 'none', bash: false },
  { image: 'mcr.microsoft.com/dotnet/*:8*-alpine*', nonRoot: false, availableUser: 'app', family: 'alpine', bash: false },
  { image: 'mcr.microsoft.com/dotnet/*:9*-alpine*', nonRoot: false, availableUser: 'app', family: 'alpine', bash: false },
  { image: 'mcr.microsoft.com/dotnet/*:1*-alpine*', nonRoot: false, availableUser: 'app', family: 'alpine', bash: false },
  { image: 'mcr.microsoft.com/dotnet/*:8*', nonRoot: false, availableUser: 'app', family: 'debian', bash: true },
  { image: 'mcr.microsoft.com/dotnet/*:9*', nonRoot: false, availableUser: 'app', family: 'debian', bash: true },
  { image: 'mcr.microsoft.com/dotnet/*:1*', nonRoot: false, availableUser: 'app', family: 'debian', bash: true },
  { image: 'mcr.microsoft.com/dotnet/*', nonRoot: false, family: 'debian', bash: true },
  // Official images that ship a non-root user.
  { image: 'node:*alpine*', nonRoot: false, availableUser: 'node', family: 'alpine', bash: false },
  { image: 'node', nonRoot: false, availableUser: 'node', family: 'debian', bash: true },
  // Distributions.
  { image: 'alpine', nonRoot: false, family: 'alpine', bash: false },
  { image: 'busybox', nonRoot: false, family: 'alpine', bash: false },
  { image: '*:*alpine*', nonRoot: false, family: 'alpine', bash: false },
  { image: 'debian', nonRoot: false, family: 'debian', bash: true },
  { image: 'ubuntu', nonRoot: false, family: 'debian', bash: true },
  { image: 'fedora', nonRoot: false, family: 'rhel', bash: true },
  { image: 'centos', nonRoot: false, family: 'rhel', bash: true },
  { image: 'rockylinux', nonRoot: false, family: 'rhel', bash: true },
  { image: 'rockylinux/*', nonRoot: false, family: 'rhel', bash: true },
  { image: 'almalinux', nonRoot: false, family: 'rhel', bash: true },
  { image: 'amazonlinux', nonRoot: false, family: 'rhel', bash: true },
  { image: 'oraclelinux', nonRoot: false, family: 'rhel', bash: true },
  // Language images built on Debian unless the tag says otherwise.
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
];

/** The first fact matching an image: config entries first, then the bundled table. */
export function lookupImage(ref: ImageRef | null, extra: readonly ImageFact[] = []): ImageFact | null {
  if (!ref) return null;
  if (ref.repository === 'scratch' && ref.registry === null) return IMAGE_FACTS[0] ?? null;
  for (const fact of extra) if (matchesImage(ref, fact.image)) return fact;
  for (const fact of IMAGE_FACTS) if (matchesImage(ref, fact.image)) return fact;
  return null;
}
