#pragma once
// A mistake in what the user asked for (unknown scenario or archetype, bad mix string, unwritable
// output): reported in one line, and the program exits with code 2.
#include <stdexcept>

namespace hr::sim {

constexpr int kUsageExitCode = 2;

struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

} // namespace hr::sim
