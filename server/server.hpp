#pragma once
// The transport around the room directory: an ENet host, the server's tick, the group commit
// of the journal, and sending what the rooms decided. Runs until asked to stop, then stores
// what is pending, says goodbye to every peer and returns.
#include "settings.hpp"

#include <atomic>

namespace hr::server {

// Returns the process's exit code. `stop` is set from a signal handler.
int run_server(const Settings& settings, const std::atomic<bool>& stop);

} // namespace hr::server
