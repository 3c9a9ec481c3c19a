#pragma once
// The three research questions of the seed document, answered over many games of bots:
//  1. do clustered firms (joint-action members) upgrade more than isolated ones, by type;
//  2. does insertion into chains, by governance type, help or hurt process, product and
//     functional upgrading and wages;
//  3. which policy buys the most upgrading and wage growth per unit of public money.
// Each experiment compares arms that differ in one thing only, on the same seeds (see
// docs/SIMULATOR.md, "How the research experiments are designed").
#include "batch.hpp"
#include "table.hpp"

#include <vector>

namespace hr::sim {

Table research_clusters(const BatchSetup& setup, int firms);
Table research_chains(const BatchSetup& setup, int firms);
Table research_policy(const BatchSetup& setup, int firms);

// The three tables, in order.
std::vector<Table> research_all(const BatchSetup& setup, int firms);

// A shuffled 0..n-1 drawn from `rng`: assigns seats to groups at random in every game.
std::vector<int> shuffled(int n, Rng& rng);

} // namespace hr::sim
