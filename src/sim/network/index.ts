/**
 * The cluster's dataplane: CoreDNS answers, kube-proxy's Service translation, curl-style HTTP from
 * pods and nodes, and the simulated ingress-nginx controller. See component.ts for the API.
 */
export { NETWORK, networkComponent } from './component';
export type { From, NetworkApi, NetworkComponent } from './component';
export { CLUSTER_DNS_IP, DEFAULT_NDOTS, lookupFqdn, podResolvConf, podSearchList, resolveName, reverseLookup } from './dns';
export type { DnsRecord, DnsResult, ResolveOptions } from './dns';
export { connectFailure, httpGet, parseUrl } from './http';
export type { HttpError, HttpOptions, HttpResult, ParsedUrl } from './http';
export { INGRESS_HTTP_NODEPORT, INGRESS_HTTPS_NODEPORT, INGRESS_NGINX_CONTROLLER, INGRESS_NGINX_VERSION, ingressObjects } from './ingress-objects';
export { ingressAddress, ingressControllerNode, serveViaIngress } from './ingress-http';
export { buildServers, matchLocation, nginxIngresses, routingTableText, servedByNginx, serverForHost } from './ingress-routes';
export type { BackendRef, Location, Server } from './ingress-routes';
export { nginxErrorPage, nginxReason, standardReason } from './nginx-pages';
export type { HttpReply } from './nginx-pages';
export { nslookupText } from './nslookup';
export type { CommandOutput, NslookupStyle } from './nslookup';
export { connect, INGRESS_NAMESPACE, INGRESS_SERVICE, isIngressControllerService } from './proxy';
export type { Client, ConnectError, ConnectResult, Protocol } from './proxy';
export { clientResolve, hostResolve } from './resolver';
export { derivedView, runtimeView } from './runtime-view';
export type { KubeletNetworkHooks, PodRuntimeView, RunningContainer } from './runtime-view';
