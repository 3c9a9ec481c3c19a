// The kernel's network counters as the swarm reads them, on captured texts.
#include "machine_info.hpp"

#include <catch2/catch.hpp>

using namespace hr::swarm;

TEST_CASE("loopback and UDP counters are read from /proc/net texts", "[tools][swarm]") {
    const std::string dev =
        "Inter-|   Receive                                                |  Transmit\n"
        " face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets\n"
        "    lo: 4795 54 0 0 0 0 0 0 4795 54 0 0 0 0 0 0\n"
        "  eth0: 33419296 793 0 0 0 0 0 0 38706 460 0 0 0 0 0 0\n";
    const NetCounters lo = parse_loopback(dev);
    CHECK(lo.loopback_bytes == 4795);
    CHECK(lo.loopback_packets == 54);
    const std::string snmp = "Udp: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors "
                             "SndbufErrors InCsumErrors\n"
                             "Udp: 53270 169 3 54468 2 1 0\n"
                             "UdpLite: InDatagrams NoPorts\nUdpLite: 7 7\n";
    const NetCounters udp = parse_udp(snmp);
    CHECK(udp.udp_in == 53270);
    CHECK(udp.udp_out == 54468);
    CHECK(udp.udp_receive_buffer_errors == 2);
    CHECK(udp.udp_send_buffer_errors == 1);
    const NetCounters d = udp - parse_udp("Udp: InDatagrams OutDatagrams\nUdp: 270 468\n");
    CHECK(d.udp_in == 53000);
    CHECK(d.udp_out == 54000);
}

TEST_CASE("the file limit is raised no lower than it was", "[tools][swarm]") {
    const std::uint64_t now = raise_file_limit(0);
    CHECK(now > 0);
    CHECK(raise_file_limit(now) == now);
    CHECK(raise_file_limit(now + 16) >= now);
}
