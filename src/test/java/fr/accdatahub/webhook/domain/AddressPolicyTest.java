package fr.accdatahub.webhook.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Where webhooks may go: public unicast addresses; loopback in the sandbox; nothing inside a network, ever. */
class AddressPolicyTest {

    @ParameterizedTest
    @CsvSource({
        "10.0.0.1, private", "172.16.0.1, private", "172.31.255.255, private", "192.168.0.1, private",
        "169.254.169.254, link-local", "169.254.170.2, link-local", "fe80::1, link-local",
        "fd00:ec2::254, private", "fc00::1, private", "100.64.0.1, shared", "100.127.255.254, shared",
        "0.0.0.0, unspecified", "0.1.2.3, unspecified", ":: , unspecified", "224.0.0.1, multicast",
        "ff02::1, multicast", "255.255.255.255, reserved", "240.0.0.1, reserved",
        "::ffff:10.0.0.1, private", "::ffff:169.254.169.254, link-local", "64:ff9b::a9fe:a9fe, link-local",
        "2002:c0a8:0101::1, private", "::10.0.0.1, private", "198.18.0.1, special", "198.19.255.1, special",
        "192.0.0.170, special", "64:ff9b:1::a00:1, translated", "2001:0:4136:e378::1, translated"})
    void addressesInsideANetworkAreNeverAllowed(String address, String kind) throws UnknownHostException {
        for (boolean sandbox : new boolean[] {false, true}) {
            Optional<String> refusal = AddressPolicy.refusal(InetAddress.getByName(address.trim()), sandbox);
            assertTrue(refusal.isPresent() && refusal.get().contains(kind), address + ": " + refusal);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "::1", "::ffff:127.0.0.1"})
    void loopbackOnlyInTheSandbox(String address) throws UnknownHostException {
        InetAddress loopback = InetAddress.getByName(address);
        assertEquals(Optional.empty(), AddressPolicy.refusal(loopback, true));
        assertTrue(AddressPolicy.refusal(loopback, false).orElseThrow().contains("loopback"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "100.128.0.1", "172.32.0.1", "2606:4700:4700::1111",
        "2a01:cb00::1"})
    void publicAddressesAreAllowed(String address) throws UnknownHostException {
        assertEquals(Optional.empty(), AddressPolicy.refusal(InetAddress.getByName(address), false));
    }
}
