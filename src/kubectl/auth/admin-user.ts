/**
 * Who kubectl is in this sandbox: kubeadm's admin.conf certificate (CN=kubernetes-admin,
 * O=kubeadm:cluster-admins), which the stored ClusterRoleBinding kubeadm:cluster-admins makes a
 * cluster-admin.
 */
export const ADMIN_USER = { name: 'kubernetes-admin', groups: ['kubeadm:cluster-admins', 'system:authenticated'] } as const;
