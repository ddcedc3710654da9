export const STATEFULSET_CONTROLLER = 'statefulset-controller';
export const SOURCE = { component: STATEFULSET_CONTROLLER };
