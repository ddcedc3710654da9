// Small storage formatting helpers shared by the PV, PVC and StatefulSet describers.

/** Go's `%s` of a []PersistentVolumeAccessMode: `[ReadWriteOnce ReadOnlyMany]`. */
export const accessModesList = (modes: readonly string[] | undefined): string => `[${(modes ?? []).join(' ')}]`;
