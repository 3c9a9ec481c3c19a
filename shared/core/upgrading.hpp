#pragma once
// Upgrading (MODEL.md): capabilities rise with money spent, with diminishing returns, multiplied by
// external economies, joint actions, buyer help and the service centre; the frontier rises.
#include "core/round_context.hpp"

namespace hr {

// The gain before multipliers: eta sqrt(I / (K c_scale)) (0.5 + skill) (1 - r), I in k$.
double base_gain(const ModelParams& p, Money invested, double capacity, double skill, double r);

// The multipliers X_k of one firm, by part (external economies, joint actions, help, centre).
struct UpgradeMultipliers {
    double external = 0;
    double joint = 0;
    double help = 0;
    double centre = 0;
    double total() const { return external + joint + help + centre; }
};
UpgradeMultipliers multipliers(const RoundContext& ctx, const FirmRound& fr, UpgradeType k,
                               double external);

// Step 3: every firm's capabilities move; learning networks pull members toward their best; the
// no-own-design clause erodes functional capability; the frontier rises.
void upgrade_capabilities(RoundContext& ctx);

} // namespace hr
