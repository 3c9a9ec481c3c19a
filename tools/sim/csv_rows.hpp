#pragma once
// The simulator's flat CSV: one row per game, firm and round, with the firm's decision and every
// indicator the round produced. Columns are declared once, in csv_rows.cpp, with their writer, so
// the header and the rows cannot drift apart; docs/SIMULATOR.md explains each one.
#include "game_runner.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hr::sim {

std::vector<std::string_view> csv_columns();
std::string csv_header(); // the column names, comma-separated, with a newline

// Appends one row per firm of the round in `view` to `out`.
void append_csv_rows(std::string& out, std::uint64_t game, std::uint64_t seed,
                     const std::vector<Seat>& seats, const RoundView& view);

} // namespace hr::sim
