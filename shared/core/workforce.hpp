#pragma once
// The workforce (MODEL.md "Workforce"): wages, skill, productivity and employment.
#include "core/round_context.hpp"
#include "core/scenario.hpp"

namespace hr {

// Thousand units a worker makes in a year: a0 (1 + r_process) (0.85 + 0.3 skill).
double productivity(const ModelParams& p, double r_process, double skill);

// The skill level a firm's workforce moves toward.
double skill_target(const ModelParams& p, double wage, double training_share, double skill_pool);

// Step 4: wages change as decided, skill moves toward its target (wage cuts raise turnover), and
// the cluster's skill pool follows.
void update_workforce(RoundContext& ctx);

} // namespace hr
