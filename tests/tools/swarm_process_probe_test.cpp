// The parsers behind the swarm's /proc readings of a process, on captured texts.
#include "process_probe.hpp"

#include <catch2/catch.hpp>

#include <unistd.h>

using namespace hr::swarm;

TEST_CASE("CPU time is read from a stat line whose command holds spaces and parentheses",
          "[tools][swarm]") {
    const std::string stat = "4242 (highroad (x) srv) S 1 4242 4242 0 -1 4194560 1200 0 0 0 "
                             "250 50 0 0 20 0 3 0 12345 104857600 2560 18446744073709551615";
    const auto cpu = cpu_seconds_from_stat(stat, 100);
    REQUIRE(cpu);
    CHECK(*cpu == Approx(3.0));
    CHECK_FALSE(cpu_seconds_from_stat("4242 (short) S 1 2", 100));
    CHECK_FALSE(cpu_seconds_from_stat("no parenthesis here", 100));
}

TEST_CASE("memory lines of /proc/<pid>/status are read in kB", "[tools][swarm]") {
    const std::string status = "Name:\thighroad-server\nVmPeak:\t  300000 kB\nVmHWM:\t   51234 kB\n"
                               "VmRSS:\t   40000 kB\n";
    CHECK(status_kb(status, "VmHWM") == 51234);
    CHECK(status_kb(status, "VmRSS") == 40000);
    CHECK_FALSE(status_kb(status, "VmSwap"));
    CHECK_FALSE(status_kb(status, "VmHW"));
}

TEST_CASE("the UDP table gives the inodes of sockets on a port", "[tools][swarm]") {
    const std::string table =
        "   sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  "
        "timeout inode ref pointer drops\n"
        "  101: 00000000:1E61 00000000:0000 07 00000000:00000000 00:00000000 00000000  1000 "
        "       0 555123 2 0000000000000000 0\n"
        "  102: 0100007F:D431 0100007F:1E61 01 00000000:00000000 00:00000000 00000000  1000 "
        "       0 555124 2 0000000000000000 0\n"
        "  103: 0100007F:1E62 00000000:0000 07 00000000:00000000 00:00000000 00000000  1000 "
        "       0 555125 2 0000000000000000 42\n";
    CHECK(udp_inodes_for_port(table, 7777) == std::vector<std::uint64_t>{555123});
    CHECK(udp_inodes_for_port(table, 7778) == std::vector<std::uint64_t>{555125});
    CHECK(udp_inodes_for_port(table, 9).empty());
    const auto rows = parse_udp_table(table);
    REQUIRE(rows.size() == 3);
    CHECK(rows[2].port == 7778);
    CHECK(rows[2].inode == 555125);
    CHECK(rows[2].drops == 42);
    CHECK(rows[0].drops == 0);
}

TEST_CASE("this process can be sampled and its CPU time only grows", "[tools][swarm]") {
    const auto first = sample_process(static_cast<int>(getpid()));
    REQUIRE(first);
    CHECK(first->peak_rss_kb > 0);
    CHECK(first->peak_rss_kb >= first->rss_kb);
    volatile double sink = 0;
    for (int i = 0; i < 2'000'000; ++i) {
        sink = sink + i * 0.5;
    }
    const auto second = sample_process(static_cast<int>(getpid()));
    REQUIRE(second);
    CHECK(second->cpu_seconds >= first->cpu_seconds);
    CHECK_FALSE(sample_process(-5));
}
