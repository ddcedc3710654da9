// Descriptions (our own words) of networking kinds: Service, Ingress, NetworkPolicy, Endpoints and
// EndpointSlice.

import type { TypeDocs } from './types';

export const SERVICE_DOCS: TypeDocs = {
  'core/v1.Service': {
    about:
      'A Service gives a set of pods (chosen by a label selector) one stable virtual IP address and DNS name, and spreads connections to it over the ready pods.',
    fields: { spec: 'The desired state: type, selector and ports.', status: 'The observed state, such as the address of a load balancer. Read-only.' },
  },
  'core/v1.ServiceSpec': {
    about: 'The desired state of a Service.',
    fields: {
      allocateLoadBalancerNodePorts: 'For type LoadBalancer: whether node ports are allocated too. Defaults to true.',
      clusterIP:
        'The virtual IP address of the service, assigned from the service range when empty. "None" makes a headless service: DNS returns the pod addresses instead. It cannot be changed.',
      clusterIPs: 'The cluster IP addresses of the service, one per IP family; the first equals clusterIP.',
      externalIPs: 'Extra IP addresses, routed to a node by something outside Kubernetes, on which the service also answers.',
      externalName: 'For type ExternalName: the DNS name the service name is an alias (CNAME) for.',
      externalTrafficPolicy:
        'For traffic from outside through node ports or load balancers: Cluster (the default) may forward to pods on other nodes; Local only uses pods on the receiving node and keeps the client address.',
      healthCheckNodePort: 'For LoadBalancer services with externalTrafficPolicy Local: the node port the load balancer checks.',
      internalTrafficPolicy: 'For traffic from inside the cluster: Cluster (the default) or Local (only pods on the same node).',
      ipFamilies: 'The IP families (IPv4, IPv6) of the service.',
      ipFamilyPolicy: 'SingleStack, PreferDualStack or RequireDualStack.',
      loadBalancerClass: 'For type LoadBalancer: which load balancer implementation handles the service.',
      loadBalancerIP: 'Deprecated: the address to ask the load balancer for.',
      loadBalancerSourceRanges: 'For type LoadBalancer: the client address ranges (CIDRs) allowed to connect.',
      ports: 'The ports the service exposes and the pod ports they lead to.',
      publishNotReadyAddresses: 'Include pods that are not ready in DNS and endpoints (useful for StatefulSet peer discovery).',
      selector: 'The labels of the pods that receive the traffic. Without a selector, endpoints are managed by hand.',
      sessionAffinity: 'None (the default) or ClientIP (send every connection from one client to the same pod).',
      sessionAffinityConfig: 'Settings of ClientIP session affinity.',
      trafficDistribution: 'A preference for how traffic is spread, such as PreferClose (to endpoints in the same zone).',
      type:
        'How the service is exposed: ClusterIP (inside the cluster, the default), NodePort (also on a port of every node), LoadBalancer (also through an external load balancer) or ExternalName (a DNS alias).',
    },
  },
  'core/v1.ServicePort': {
    about: 'One port of a service.',
    fields: {
      appProtocol: 'The application protocol, such as http or kubernetes.io/h2c, as a hint for implementations.',
      name: 'The name of the port; required when the service has more than one port.',
      nodePort: 'For NodePort and LoadBalancer services: the port on every node (30000-32767 by default). Allocated when unset.',
      port: 'The port the service listens on.',
      protocol: 'TCP (the default), UDP or SCTP.',
      targetPort: 'The port (number or container port name) on the pods that traffic goes to. Defaults to port.',
    },
  },
  'core/v1.ServiceStatus': {
    about: 'The observed state of a Service.',
    fields: { conditions: 'Conditions of the service.', loadBalancer: 'The addresses of the load balancer, if there is one.' },
  },
  'core/v1.LoadBalancerStatus': { about: 'The addresses of a load balancer.', fields: { ingress: 'The addresses through which the load balancer is reached.' } },
  'core/v1.LoadBalancerIngress': {
    about: 'One address of a load balancer.',
    fields: {
      hostname: 'A DNS name of the load balancer.',
      ip: 'An IP address of the load balancer.',
      ipMode: 'VIP (traffic arrives addressed to this IP) or Proxy (the load balancer forwards it to the nodes).',
      ports: 'The state of each service port on this address.',
    },
  },
  'core/v1.PortStatus': {
    about: 'The state of one port.',
    fields: { error: 'Why the port does not work, if it does not.', port: 'The port number.', protocol: 'TCP, UDP or SCTP.' },
  },
  'core/v1.SessionAffinityConfig': { about: 'Session affinity settings.', fields: { clientIP: 'Settings of ClientIP affinity.' } },
  'core/v1.ClientIPConfig': {
    about: 'Settings of ClientIP session affinity.',
    fields: { timeoutSeconds: 'How long a client sticks to its pod after its last connection. Defaults to 10800 (3 hours).' },
  },
  'networking/v1.Ingress': {
    about: 'An Ingress routes HTTP and HTTPS requests from outside the cluster to services, by host name and path. An ingress controller must be running to act on it.',
    fields: { spec: 'The routing rules, TLS settings and the ingress class.', status: 'The addresses of the ingress. Read-only.' },
  },
  'networking/v1.IngressSpec': {
    about: 'The desired state of an Ingress.',
    fields: {
      defaultBackend: 'Where requests go that match no rule.',
      ingressClassName: 'The IngressClass, which names the controller that handles this Ingress. When empty the default class is used.',
      rules: 'Routing rules by host and path. Requests that match no rule go to defaultBackend.',
      tls: 'TLS settings: which hosts are served over HTTPS with which certificate Secret.',
    },
  },
  'networking/v1.IngressRule': {
    about: 'The routes for one host.',
    fields: {
      host: 'The host name (such as shop.example.com, or *.example.com) the rule applies to. Empty matches every host.',
      http: 'The paths of this host and their backends.',
    },
  },
  'networking/v1.HTTPIngressRuleValue': { about: 'HTTP paths and their backends.', fields: { paths: 'The paths; the longest matching path wins.' } },
  'networking/v1.HTTPIngressPath': {
    about: 'One path and its backend.',
    fields: {
      backend: 'Where matching requests go.',
      path: 'The path to match; must start with "/".',
      pathType:
        'How path is compared: Exact, Prefix (by path segments: /foo matches /foo/bar but not /foobar) or ImplementationSpecific (up to the controller).',
    },
  },
  'networking/v1.IngressBackend': {
    about: 'Where an Ingress sends requests: a service port or another resource.',
    fields: { resource: 'An object of another kind (for example a storage bucket) that serves the requests.', service: 'A service and port.' },
  },
  'networking/v1.IngressServiceBackend': {
    about: 'A service used as a backend.',
    fields: { name: 'The name of the service, in the namespace of the Ingress.', port: 'The service port, by number or name.' },
  },
  'networking/v1.ServiceBackendPort': {
    about: 'A port of a service, by number or by name (one of them).',
    fields: { name: 'The name of the service port.', number: 'The number of the service port.' },
  },
  'networking/v1.IngressTLS': {
    about: 'TLS settings for some hosts.',
    fields: {
      hosts: 'The host names the certificate is used for. Defaults to the wildcard host of the controller.',
      secretName: 'The kubernetes.io/tls Secret with the certificate and key.',
    },
  },
  'networking/v1.IngressStatus': { about: 'The observed state of an Ingress.', fields: { loadBalancer: 'The addresses of the ingress.' } },
  'networking/v1.IngressLoadBalancerStatus': { about: 'The addresses of an Ingress.', fields: { ingress: 'The addresses.' } },
  'networking/v1.IngressLoadBalancerIngress': {
    about: 'One address of an Ingress.',
    fields: { hostname: 'A DNS name.', ip: 'An IP address.', ports: 'The state of each port.' },
  },
  'networking/v1.IngressPortStatus': {
    about: 'The state of one port of an Ingress.',
    fields: { error: 'Why the port does not work, if it does not.', port: 'The port number.', protocol: 'TCP, UDP or SCTP.' },
  },
  'networking/v1.IngressClass': {
    about: 'An IngressClass names an ingress controller; Ingresses choose one with ingressClassName.',
    fields: { spec: 'The controller and its parameters.' },
  },
  'networking/v1.IngressClassSpec': {
    about: 'The desired state of an IngressClass.',
    fields: { controller: 'The name of the controller, such as k8s.io/ingress-nginx.', parameters: 'An object with settings for the controller.' },
  },
  'networking/v1.NetworkPolicy': {
    about:
      'A NetworkPolicy limits which connections the selected pods may receive (ingress) and make (egress). Once a pod is selected for a direction, only the listed traffic is allowed. The network plugin enforces it.',
    fields: { spec: 'The selected pods and the allowed traffic.' },
  },
  'networking/v1.NetworkPolicySpec': {
    about: 'The desired state of a NetworkPolicy.',
    fields: {
      egress: 'Allowed outgoing traffic; each rule allows traffic to its peers on its ports.',
      ingress: 'Allowed incoming traffic; each rule allows traffic from its peers on its ports.',
      podSelector: 'The pods the policy applies to, in its namespace. An empty selector selects every pod.',
      policyTypes: 'Which directions the policy restricts: Ingress, Egress or both. Defaults to Ingress, plus Egress when egress rules exist.',
    },
  },
  'networking/v1.NetworkPolicyIngressRule': {
    about: 'Allowed incoming traffic.',
    fields: { from: 'The allowed sources; empty means any source.', ports: 'The allowed ports; empty means every port.' },
  },
  'networking/v1.NetworkPolicyEgressRule': {
    about: 'Allowed outgoing traffic.',
    fields: { ports: 'The allowed ports; empty means every port.', to: 'The allowed destinations; empty means any destination.' },
  },
  'networking/v1.NetworkPolicyPeer': {
    about: 'A source or destination of traffic.',
    fields: {
      ipBlock: 'An IP address range.',
      namespaceSelector: 'Pods in namespaces with these labels (combined with podSelector when both are set).',
      podSelector: 'Pods with these labels, in the policy\'s namespace unless namespaceSelector is set.',
    },
  },
  'networking/v1.NetworkPolicyPort': {
    about: 'A port or range of ports.',
    fields: { endPort: 'The last port of a range starting at port.', port: 'The port number or named port.', protocol: 'TCP (the default), UDP or SCTP.' },
  },
  'networking/v1.IPBlock': {
    about: 'A range of IP addresses.',
    fields: { cidr: 'The range, such as 10.0.0.0/16.', except: 'Ranges inside cidr to leave out.' },
  },
  'core/v1.Endpoints': {
    about: 'The addresses and ports of the pods behind a service, kept up to date by the endpoints controller. Deprecated in favour of EndpointSlice.',
    fields: { subsets: 'Groups of addresses that share the same ports.' },
  },
  'core/v1.EndpointSubset': {
    about: 'Addresses that share ports.',
    fields: { addresses: 'Ready addresses.', notReadyAddresses: 'Addresses of pods that are not ready.', ports: 'The ports of these addresses.' },
  },
  'core/v1.EndpointAddress': {
    about: 'One endpoint address.',
    fields: { hostname: 'The hostname of the endpoint.', ip: 'The IP address.', nodeName: 'The node the endpoint is on.', targetRef: 'The pod behind the address.' },
  },
  'core/v1.EndpointPort': {
    about: 'One port of an endpoint.',
    fields: { appProtocol: 'The application protocol.', name: 'The name of the matching service port.', port: 'The port number.', protocol: 'TCP, UDP or SCTP.' },
  },
  'discovery/v1.EndpointSlice': {
    about: 'A slice of the endpoints of a service (at most 100 by default), kept up to date by the EndpointSlice controller.',
    fields: {
      addressType: 'IPv4, IPv6 or FQDN.',
      endpoints: 'The endpoints in this slice.',
      ports: 'The ports of every endpoint in this slice.',
    },
  },
  'discovery/v1.Endpoint': {
    about: 'One endpoint of a slice.',
    fields: {
      addresses: 'The addresses of the endpoint.',
      conditions: 'Whether the endpoint is ready, serving and terminating.',
      deprecatedTopology: 'Deprecated topology labels.',
      hints: 'Hints for topology-aware routing.',
      hostname: 'The hostname of the endpoint.',
      nodeName: 'The node the endpoint is on.',
      targetRef: 'The pod behind the endpoint.',
      zone: 'The zone the endpoint is in.',
    },
  },
  'discovery/v1.EndpointConditions': {
    about: 'The state of an endpoint.',
    fields: { ready: 'The endpoint should receive traffic.', serving: 'The endpoint passes its readiness checks, even while terminating.', terminating: 'The endpoint is shutting down.' },
  },
  'discovery/v1.EndpointPort': {
    about: 'One port of the endpoints in a slice.',
    fields: { appProtocol: 'The application protocol.', name: 'The name of the matching service port.', port: 'The port number.', protocol: 'TCP, UDP or SCTP.' },
  },
};
