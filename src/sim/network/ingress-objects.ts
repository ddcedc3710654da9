import type { KubeObject } from '../api/object';
import { INGRESS_NAMESPACE, INGRESS_SERVICE } from './proxy';

/** The controller the simulated ingress-nginx claims in IngressClass `spec.controller`. */
export const INGRESS_NGINX_CONTROLLER = 'k8s.io/ingress-nginx';
export const INGRESS_NGINX_VERSION = '1.12.1';
export const INGRESS_HTTP_NODEPORT = 30080;
export const INGRESS_HTTPS_NODEPORT = 30443;

const LABELS = {
  'app.kubernetes.io/component': 'controller',
  'app.kubernetes.io/instance': 'ingress-nginx',
  'app.kubernetes.io/name': 'ingress-nginx',
  'app.kubernetes.io/part-of': 'ingress-nginx',
  'app.kubernetes.io/version': INGRESS_NGINX_VERSION,
};

/**
 * What the ingress-nginx "baremetal" manifest leaves behind that lessons look at: its namespace,
 * the default IngressClass `nginx` and the NodePort Service (80:30080, 443:30443). The controller
 * itself is simulated by the network (no pods), so the Service has no endpoints of its own.
 */
export function ingressObjects(): KubeObject[] {
  return [
    {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: INGRESS_NAMESPACE, labels: { 'app.kubernetes.io/instance': 'ingress-nginx', 'app.kubernetes.io/name': 'ingress-nginx' } },
    },
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'IngressClass',
      metadata: { name: 'nginx', labels: { ...LABELS }, annotations: { 'ingressclass.kubernetes.io/is-default-class': 'true' } },
      spec: { controller: INGRESS_NGINX_CONTROLLER },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: INGRESS_SERVICE, namespace: INGRESS_NAMESPACE, labels: { ...LABELS } },
      spec: {
        type: 'NodePort',
        ipFamilies: ['IPv4'],
        ipFamilyPolicy: 'SingleStack',
        ports: [
          { name: 'http', port: 80, protocol: 'TCP', targetPort: 'http', appProtocol: 'http', nodePort: INGRESS_HTTP_NODEPORT },
          { name: 'https', port: 443, protocol: 'TCP', targetPort: 'https', appProtocol: 'https', nodePort: INGRESS_HTTPS_NODEPORT },
        ],
        selector: {
          'app.kubernetes.io/component': 'controller',
          'app.kubernetes.io/instance': 'ingress-nginx',
          'app.kubernetes.io/name': 'ingress-nginx',
        },
      },
    },
  ];
}
