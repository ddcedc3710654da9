import { describe, expect, it } from 'vitest';
import { resolveImage, variantDigest } from './resolve';

function found(ref: string) {
  const r = resolveImage(ref);
  if (r.kind !== 'found') throw new Error(`${ref}: ${r.kind}`);
  return r;
}

describe('resolveImage: image references as the kubelet parses them', () => {
  it('normalises familiar names to docker.io/library with the default tag', () => {
    const r = found('nginx');
    expect(r.fullRef).toBe('docker.io/library/nginx:latest');
    expect(r.tag).toBe('latest');
    expect(r.image.repository).toBe('docker.io/library/nginx');
    expect(r.imageId).toMatch(/^docker\.io\/library\/nginx@sha256:[0-9a-f]{64}$/);
  });

  it('accepts tags, full names, other registries and Docker Hub aliases', () => {
    expect(found('nginx:1.27').fullRef).toBe('docker.io/library/nginx:1.27');
    expect(found('docker.io/library/nginx:1.27-alpine').fullRef).toBe('docker.io/library/nginx:1.27-alpine');
    expect(found('index.docker.io/library/nginx:1.28').fullRef).toBe('docker.io/library/nginx:1.28');
    expect(found('docker.io/nginx:stable').fullRef).toBe('docker.io/library/nginx:stable');
    expect(found('registry.k8s.io/pause:3.10').fullRef).toBe('registry.k8s.io/pause:3.10');
    expect(found('registry.k8s.io/coredns/coredns:v1.13.1').image.family).toBe('coredns');
    expect(found('kubedojo/hello:2.0').fullRef).toBe('docker.io/kubedojo/hello:2.0');
  });

  it('gives aliases of one build the same digest, and resolves a digest reference to its build', () => {
    const latest = found('nginx:latest');
    expect(found('nginx:mainline').digest).toBe(latest.digest);
    expect(found('nginx:1.29').digest).toBe(latest.digest);
    expect(found('nginx:1.28').digest).not.toBe(latest.digest);
    const byDigest = found(`nginx@${latest.digest}`);
    expect(byDigest.fullRef).toBe(`docker.io/library/nginx@${latest.digest}`);
    expect(byDigest.digest).toBe(latest.digest);
    expect(byDigest.image.tags[byDigest.tag]).toBe(latest.image.tags['latest']);
    const v = latest.image.variants[latest.image.tags['latest'] ?? ''];
    expect(v && variantDigest(latest.image, v)).toBe(latest.digest);
  });

  it('is deterministic: same digest, size and pull time every call', () => {
    expect(found('redis:7')).toEqual(found('redis:7'));
  });

  it('pulls at realistic speeds: nginx 5–7 s, busybox about a second', () => {
    const nginx = found('nginx:1.27');
    expect(nginx.sizeBytes).toBeGreaterThan(65_000_000);
    expect(nginx.sizeBytes).toBeLessThan(80_000_000);
    expect(nginx.pullMs).toBeGreaterThanOrEqual(5000);
    expect(nginx.pullMs).toBeLessThanOrEqual(7500);
    const busybox = found('busybox:1.36');
    expect(busybox.pullMs).toBeGreaterThan(700);
    expect(busybox.pullMs).toBeLessThan(1200);
  });

  it('reports an uppercase repository with the kubelet InvalidImageName text', () => {
    expect(resolveImage('NGINX')).toEqual({
      kind: 'invalid',
      message: 'Failed to apply default image tag "NGINX": couldn\'t parse image name "NGINX": invalid reference format: repository name (library/NGINX) must be lowercase',
    });
    expect(resolveImage('myrepo/MyApp:1.0')).toEqual({
      kind: 'invalid',
      message: 'Failed to apply default image tag "myrepo/MyApp:1.0": couldn\'t parse image name "myrepo/MyApp:1.0": invalid reference format: repository name (myrepo/MyApp) must be lowercase',
    });
  });

  it('reports malformed references as invalid reference format', () => {
    for (const ref of ['nginx:', 'nginx::1', 'nginx 1.27', ':1.27', 'nginx@sha256:xyz', 'my_app-:1', '-nginx']) {
      expect(resolveImage(ref)).toEqual({
        kind: 'invalid',
        message: `Failed to apply default image tag "${ref}": couldn't parse image name "${ref}": invalid reference format`,
      });
    }
  });

  it('checks digests and 64-hex names as go-digest and distribution/reference do', () => {
    const hex = 'a'.repeat(64);
    expect(resolveImage(hex)).toEqual({
      kind: 'invalid',
      message: `Failed to apply default image tag "${hex}": couldn't parse image name "${hex}": invalid repository name (${hex}), cannot specify 64-byte hexadecimal strings`,
    });
    expect(resolveImage(`nginx@sha256:${'a'.repeat(40)}`)).toMatchObject({ message: expect.stringMatching(/: invalid checksum digest length$/) });
    expect(resolveImage(`nginx@md5:${'a'.repeat(32)}`)).toMatchObject({ message: expect.stringMatching(/: unsupported digest algorithm$/) });
  });

  it('gives containerd\'s NotFound text for a missing tag', () => {
    expect(resolveImage('nginx:doesnotexist')).toEqual({
      kind: 'notFound',
      rpcCode: 'NotFound',
      message: 'failed to pull and unpack image "docker.io/library/nginx:doesnotexist": failed to resolve reference "docker.io/library/nginx:doesnotexist": docker.io/library/nginx:doesnotexist: not found',
    });
    expect(resolveImage(`nginx@sha256:${'b'.repeat(64)}`)).toMatchObject({ kind: 'notFound', rpcCode: 'NotFound' });
  });

  it('gives the pull-access-denied text for a repository Docker Hub does not have', () => {
    expect(resolveImage('busybox777')).toEqual({
      kind: 'notFound',
      rpcCode: 'Unknown',
      message: 'failed to pull and unpack image "docker.io/library/busybox777:latest": failed to resolve reference "docker.io/library/busybox777:latest": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    });
    expect(resolveImage('someone/non-existent-image:1234')).toMatchObject({
      message: 'failed to pull and unpack image "docker.io/someone/non-existent-image:1234": failed to resolve reference "docker.io/someone/non-existent-image:1234": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    });
  });

  it('gives registry-specific failures for other registries', () => {
    expect(resolveImage('registry.k8s.io/nope:1.0')).toMatchObject({ rpcCode: 'NotFound', message: expect.stringMatching(/: registry\.k8s\.io\/nope:1\.0: not found$/) });
    expect(resolveImage('ghcr.io/acme/app:v1')).toMatchObject({ message: expect.stringMatching(/ghcr\.io\/token\?scope=repository%3Aacme%2Fapp%3Apull&service=ghcr\.io: 403 Forbidden$/) });
    expect(resolveImage('registry.example.com/app:1')).toMatchObject({
      message: 'failed to pull and unpack image "registry.example.com/app:1": failed to resolve reference "registry.example.com/app:1": failed to do request: Head "https://registry.example.com/v2/app/manifests/1": dial tcp: lookup registry.example.com on 127.0.0.53:53: no such host',
    });
    expect(resolveImage('localhost:5000/app:1')).toMatchObject({ message: expect.stringMatching(/dial tcp 127\.0\.0\.1:5000: connect: connection refused$/) });
  });

  it('knows the kube-system images of a v1.35 kubeadm cluster', () => {
    for (const ref of [
      'registry.k8s.io/etcd:3.6.6-0', 'registry.k8s.io/kube-apiserver:v1.35.0', 'registry.k8s.io/kube-controller-manager:v1.35.0',
      'registry.k8s.io/kube-scheduler:v1.35.0', 'registry.k8s.io/kube-proxy:v1.35.0', 'registry.k8s.io/coredns/coredns:v1.13.1',
      'registry.k8s.io/pause:3.10.1', 'docker.io/flannel/flannel:v0.27.4', 'docker.io/flannel/flannel-cni-plugin:v1.8.0-flannel1',
      'registry.k8s.io/metrics-server/metrics-server:v0.8.0',
    ]) expect(resolveImage(ref).kind).toBe('found');
  });
});
