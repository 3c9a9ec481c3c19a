#pragma once
// External economies (the passive effect of clustering): a skill pool, specialised suppliers,
// knowledge spill-overs and market access that every cluster firm enjoys.
#include "core/game_state.hpp"
#include "core/round_context.hpp"

namespace hr {

// E = ext * average cluster capability (process, product) * (skill pool / 0.5).
double external_economies(const GameState& state);

// The share of inputs bought from the cluster's specialised suppliers.
double local_input_share(const GameState& state);

// The skill pool follows the cluster's average skill and wages: wage cuts shrink it for everyone.
void update_skill_pool(RoundContext& ctx);

} // namespace hr
