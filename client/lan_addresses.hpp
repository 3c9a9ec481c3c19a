#pragma once
// The addresses students type to reach this computer: its IPv4 addresses on the local network.
#include <string>
#include <vector>

namespace hr::client {

// Every IPv4 address of this machine's interfaces that are up, loopback excluded, private
// (LAN) addresses first; empty when the machine has no network.
std::vector<std::string> lan_addresses();

// Whether an IPv4 address in dotted form is in a private range (10/8, 172.16/12, 192.168/16).
bool is_private_ipv4(const std::string& address);

} // namespace hr::client
