package fr.accdatahub.webhook.domain;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Where a webhook may be sent (no server-side request forgery): a public unicast address. Never an unspecified,
 * private (RFC 1918, IPv6 unique local), shared (RFC 6598), link-local (which holds the clouds' metadata services,
 * 169.254.169.254 and fd00:ec2::254 alike), special-purpose (198.18.0.0/15, 192.0.0.0/24), multicast or broadcast
 * address, nor an IPv4 one hidden in an IPv6 form (mapped, NAT64 including the local-use prefix, 6to4, Teredo);
 * loopback only when the sandbox is enabled.
 */
public final class AddressPolicy {

    private AddressPolicy() {
    }

    /** Why the address is refused, or empty when a webhook may be sent to it. */
    public static Optional<String> refusal(InetAddress address, boolean sandbox) {
        if (address instanceof Inet6Address v6) {
            Optional<InetAddress> embedded = embeddedIpv4(v6.getAddress());
            if (embedded.isPresent()) {
                return refusal(embedded.get(), sandbox);
            }
        }
        String kind = kind(address);
        if (kind == null || (kind.equals("loopback") && sandbox)) {
            return Optional.empty();
        }
        return Optional.of(address.getHostAddress() + " is a " + kind + " address");
    }

    private static String kind(InetAddress address) {
        byte[] bytes = address.getAddress();
        int first = bytes[0] & 0xff;
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address.isAnyLocalAddress() || (address instanceof Inet4Address && first == 0)) {
            return "unspecified";
        }
        if (address.isLinkLocalAddress()) {
            return "link-local";
        }
        if (address.isMulticastAddress() || (address instanceof Inet4Address && first >= 240)) {
            return "multicast or reserved";
        }
        if (address.isSiteLocalAddress() || (address instanceof Inet6Address && (first & 0xfe) == 0xfc)) {
            return "private";
        }
        if (address instanceof Inet4Address && first == 100 && (bytes[1] & 0xc0) == 64) {
            return "shared (carrier-grade NAT)";
        }
        if (address instanceof Inet4Address && (first == 198 && (bytes[1] & 0xfe) == 18
                || first == 192 && bytes[1] == 0 && bytes[2] == 0)) {
            return "special-purpose (RFC 6890)";
        }
        if (address instanceof Inet6Address && (nat64LocalUse(bytes) || teredo(bytes))) {
            return "translated (local NAT64 or Teredo)";
        }
        return null;
    }

    /** 64:ff9b:1::/48 (RFC 8215): a local NAT64 prefix, which may lead anywhere inside. */
    private static boolean nat64LocalUse(byte[] v6) {
        return (v6[0] & 0xff) == 0x00 && (v6[1] & 0xff) == 0x64 && (v6[2] & 0xff) == 0xff && (v6[3] & 0xff) == 0x9b
                && v6[4] == 0 && v6[5] == 1;
    }

    /** 2001::/32, Teredo: an IPv4 address tunnelled. */
    private static boolean teredo(byte[] v6) {
        return (v6[0] & 0xff) == 0x20 && (v6[1] & 0xff) == 0x01 && v6[2] == 0 && v6[3] == 0;
    }

    /** The IPv4 address inside an IPv4-mapped, IPv4-compatible, NAT64 (64:ff9b::/96) or 6to4 (2002::/16) one. */
    private static Optional<InetAddress> embeddedIpv4(byte[] v6) {
        boolean zeros80 = Arrays.equals(Arrays.copyOf(v6, 10), new byte[10]);
        boolean mapped = zeros80 && (v6[10] & 0xff) == 0xff && (v6[11] & 0xff) == 0xff;
        boolean compatible = zeros80 && v6[10] == 0 && v6[11] == 0 && !Arrays.equals(v6, new byte[16])
                && !(Arrays.equals(Arrays.copyOf(v6, 15), new byte[15]) && v6[15] == 1);
        boolean nat64 = (v6[0] & 0xff) == 0x00 && (v6[1] & 0xff) == 0x64 && (v6[2] & 0xff) == 0xff
                && (v6[3] & 0xff) == 0x9b && Arrays.equals(Arrays.copyOfRange(v6, 4, 12), new byte[8]);
        try {
            if (mapped || compatible || nat64) {
                return Optional.of(InetAddress.getByAddress(Arrays.copyOfRange(v6, 12, 16)));
            }
            if ((v6[0] & 0xff) == 0x20 && (v6[1] & 0xff) == 0x02) {
                return Optional.of(InetAddress.getByAddress(Arrays.copyOfRange(v6, 2, 6)));
            }
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are an IPv4 address", e);
        }
        return Optional.empty();
    }
}
