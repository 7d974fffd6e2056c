import { BlockList, isIP } from 'node:net';

/**
 * Which addresses the HTTP toolkit may connect to. By default only public unicast addresses: a tool that fetches
 * URLs chosen by a model must not become a way into the host's loopback, the LAN or a cloud metadata service.
 */
export interface AddressPolicy {
  allows(address: string): boolean;
}

const special = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  special.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['64:ff9b:1::', 48],
  ['100::', 64],
  ['2001::', 23],
  ['2001:db8::', 32],
  ['2002::', 16],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const) {
  special.addSubnet(net, prefix, 'ipv6');
}

/** An IPv4 address carried inside IPv6 (`::ffff:10.0.0.1`, `::10.0.0.1`) is judged as the IPv4 address it is. */
function embeddedIpv4(address: string): string | undefined {
  const dotted = /^::(?:ffff:)?(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (dotted?.[1]) return dotted[1];
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (hex?.[1] && hex[2]) {
    const high = Number.parseInt(hex[1], 16);
    const low = Number.parseInt(hex[2], 16);
    return `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
  }
  return undefined;
}

export function isPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const v4 = embeddedIpv4(bare);
  if (v4 !== undefined) return !special.check(v4, 'ipv4');
  const family = isIP(bare);
  if (family === 4) return !special.check(bare, 'ipv4');
  if (family === 6) return !special.check(bare, 'ipv6');
  return false;
}

export interface AddressPolicyOptions {
  /** Allow private, loopback and link-local addresses too (a trusted network, or tests). */
  allowPrivate?: boolean | undefined;
  /** Extra subnets to allow, e.g. `10.1.2.0/24` or `127.0.0.1/32`. */
  allowSubnets?: readonly string[] | undefined;
}

export function addressPolicy(options: AddressPolicyOptions = {}): AddressPolicy {
  if (options.allowPrivate) return { allows: (address) => isIP(address.replace(/^\[|\]$/g, '')) !== 0 };
  const extra = new BlockList();
  for (const subnet of options.allowSubnets ?? []) {
    const [net, bits] = subnet.split('/');
    const family = net === undefined ? 0 : isIP(net);
    if (net === undefined || family === 0) throw new Error(`"${subnet}" is not a subnet such as 10.0.0.0/8`);
    const type = family === 4 ? 'ipv4' : 'ipv6';
    extra.addSubnet(net, bits === undefined ? (family === 4 ? 32 : 128) : Number(bits), type);
  }
  return {
    allows(address) {
      const bare = address.replace(/^\[|\]$/g, '');
      const family = isIP(bare);
      if (family !== 0 && extra.check(bare, family === 4 ? 'ipv4' : 'ipv6')) return true;
      return isPublicAddress(bare);
    },
  };
}
