#pragma once
// Random but valid decisions, for property tests: every lever moves, within what validate allows.
#include "scripted_policies.hpp"

#include "core/rng.hpp"
#include "core/rules.hpp"

namespace hr::test {

inline Decision random_decision(const GameState& state, FirmId f, Rng& rng) {
    Decision d = default_decision(state, f);
    const ModelParams& p = state.scenario->params;
    d.wage_change = rng.uniform(-p.max_wage_change, p.max_wage_change);
    for (Money& m : d.invest) {
        m = rng.uniform() < 0.6 ? static_cast<Money>(rng.below(60000)) : 0;
    }
    if (state.firms[f].acquired) {
        d.invest[static_cast<std::size_t>(UpgradeType::Functional)] = 0;
    }
    d.training = static_cast<Money>(rng.below(20000));
    d.markup = rng.uniform(-0.1, 0.5);
    d.own_brand_price = rng.uniform() < 0.5 ? 0 : static_cast<Money>(40000 + rng.below(40000));
    for (const auto& offer : state.offers) {
        if (offer.firm == f && rng.uniform() < 0.5) {
            d.accept.push_back(offer.id);
            if (offer.clauses.exclusivity) {
                d.accept = {offer.id};
                break;
            }
        }
    }
    for (const auto& action : state.joint_actions) {
        if (rng.uniform() < 0.4) {
            d.join.push_back({action.id, static_cast<Money>(rng.below(40000))});
        }
    }
    if (rng.uniform() < 0.1) {
        d.propose.push_back({static_cast<JointActionType>(rng.below(kJointActionTypes)),
                             static_cast<Money>(rng.below(30000))});
    }
    d.sell_own_brand = rng.uniform() < 0.7;
    d.sell_adjacent = rng.uniform() < 0.7;
    // Drop whatever validate refuses, lever by lever, so the decision stays rich but valid.
    for (int pass = 0; pass < 4; ++pass) {
        const auto issues = validate(state, f, d);
        if (issues.empty()) {
            return d;
        }
        for (const auto& issue : issues) {
            if (issue.field == "sell_own_brand") {
                d.sell_own_brand = false;
            } else if (issue.field == "sell_adjacent") {
                d.sell_adjacent = false;
            } else if (issue.field.rfind("accept", 0) == 0) {
                d.accept.clear();
            } else if (issue.field.rfind("join", 0) == 0 || issue.field.rfind("propose", 0) == 0) {
                d.join.clear();
                d.propose.clear();
            } else if (issue.field == "invest") {
                fit_to_cash(state, f, d, 0);
            }
        }
    }
    return validate(state, f, d).empty() ? d : default_decision(state, f);
}

inline std::vector<std::optional<Decision>> random_decisions(const GameState& state, Rng& rng) {
    std::vector<std::optional<Decision>> out(state.firms.size());
    for (const auto& firm : state.firms) {
        if (!firm.bankrupt) {
            out[firm.id] = random_decision(state, firm.id, rng);
        }
    }
    return out;
}

} // namespace hr::test
