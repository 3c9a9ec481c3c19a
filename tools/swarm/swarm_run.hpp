#pragma once
// One whole measurement: plan the games, measure the bare echo if asked, open every connection,
// start every game at once, wait for every game's end, and sample the server from /proc around
// the games. A progress line goes to stderr meanwhile.
#include "swarm_options.hpp"
#include "swarm_report.hpp"

#include <string>

namespace hr::swarm {

// Throws std::runtime_error when the run cannot begin (scenario, client host, echo server).
SwarmReport run_swarm(const SwarmOptions& options, const std::string& command_line);

} // namespace hr::swarm
