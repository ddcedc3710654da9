/**
 * The directories every host starts with. The lead seeds host-specific content (for example the
 * control plane's `/etc/kubernetes/manifests/*.yaml`) on top of this.
 */
import type { VirtualFs } from './vfs';

export const ROOT_HOME = '/root';

/** `/root` (the student's `~`, empty: no `.bashrc`), `/tmp`, `/etc`, `/usr/bin`, `/dev`. */
export function seedHome(fs: VirtualFs, home: string = ROOT_HOME): void {
  fs.mkdir(home, { parents: true, mode: 0o700 });
  fs.chmod(home, 0o700);
  fs.mkdir('/tmp', { parents: true });
  fs.chmod('/tmp', 0o1777);
  fs.mkdir('/etc', { parents: true });
  fs.mkdir('/usr/bin', { parents: true });
  fs.mkdir('/dev', { parents: true });
}
