/** Filesystem failures as values, with the strerror texts coreutils and bash print. */
export type FsErrorCode = 'ENOENT' | 'ENOTDIR' | 'EISDIR' | 'EEXIST' | 'ENOTEMPTY' | 'EFBIG' | 'EINVAL' | 'EACCES';

export interface FsError {
  readonly fsError: FsErrorCode;
}

const MESSAGES: Record<FsErrorCode, string> = {
  ENOENT: 'No such file or directory',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  EEXIST: 'File exists',
  ENOTEMPTY: 'Directory not empty',
  EFBIG: 'File too large',
  EINVAL: 'Invalid argument',
  EACCES: 'Permission denied',
};

export function fsError(code: FsErrorCode): FsError {
  return { fsError: code };
}

export function isFsError(value: unknown): value is FsError {
  return typeof value === 'object' && value !== null && 'fsError' in value;
}

/** `No such file or directory` and friends. */
export function errorText(error: FsError | FsErrorCode): string {
  return MESSAGES[typeof error === 'string' ? error : error.fsError];
}
