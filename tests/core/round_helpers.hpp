#pragma once
// Small helpers for the mechanic tests: a fresh game of the code-built scenario, and one round
// with chosen decisions for some firms (the others get the default).
#include "test_scenario.hpp"

#include "core/rules.hpp"

#include <map>

namespace hr::test {

inline GameState game(std::uint64_t seed = 1, int firms = 8) {
    return new_game(model_scenario_ptr(), seed, firms);
}

inline GameState game_of(Scenario s, std::uint64_t seed = 1, int firms = 8) {
    return new_game(std::make_shared<const Scenario>(std::move(s)), seed, firms);
}

inline RoundOutcome round_with(const GameState& s, const std::map<FirmId, Decision>& chosen,
                               const FacilitatorActions& f = {}) {
    std::vector<std::optional<Decision>> d(s.firms.size());
    for (const auto& [id, decision] : chosen) {
        d[id] = decision;
    }
    return resolve_round(s, d, f);
}

inline const JointAction& catalogue_action(const GameState& s, JointActionType t) {
    for (const auto& a : s.joint_actions) {
        if (a.catalogue && a.type == t) {
            return a;
        }
    }
    return s.joint_actions.front();
}

// Every firm in `members` joins the catalogue action of type t, willing to pay up to max_share.
inline std::map<FirmId, Decision> joining(const GameState& s, JointActionType t,
                                          const std::vector<FirmId>& members, Money max_share) {
    std::map<FirmId, Decision> out;
    for (const FirmId f : members) {
        Decision d = default_decision(s, f);
        d.join.push_back({catalogue_action(s, t).id, max_share});
        out[f] = d;
    }
    return out;
}

inline Decision investing(const GameState& s, FirmId f, Money per_type) {
    Decision d = default_decision(s, f);
    for (Money& m : d.invest) {
        m = per_type;
    }
    return d;
}

} // namespace hr::test
