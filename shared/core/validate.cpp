// validate: every problem with a decision or with facilitator actions, each with its field.
#include "core/rules.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace hr {

namespace {

std::string indexed(const char* name, std::size_t i) {
    std::string s = name;
    s.append("[").append(std::to_string(i)).append("]");
    return s;
}

// A list element's field name, spelled out only when there is a problem to report.
struct Indexed {
    const char* name;
    std::size_t i;
};

class Issues {
  public:
    void add(std::string field, std::string message) {
        list_.push_back({std::move(field), std::move(message)});
    }
    void add(Indexed field, std::string message) {
        add(indexed(field.name, field.i), std::move(message));
    }
    std::vector<ValidationIssue> take() { return std::move(list_); }

  private:
    std::vector<ValidationIssue> list_;
};

std::string two_decimals(double v) {
    const long long c = std::llround(v * 100.0);
    return std::to_string(c / 100) + "." + (c % 100 < 10 ? "0" : "") + std::to_string(c % 100);
}

const JointAction* find_action(const GameState& state, JointActionId id) {
    for (const auto& action : state.joint_actions) {
        if (action.id == id) {
            return &action;
        }
    }
    return nullptr;
}

bool is_member(const JointAction& action, FirmId f) {
    return std::binary_search(action.members.begin(), action.members.end(), f);
}

// Marketing joint actions are closed to a firm that a transnational owns.
bool marketing_action(JointActionType t) {
    return t == JointActionType::CollectiveLabel || t == JointActionType::TradeFair;
}

bool sells_under_label(const GameState& state, FirmId f) {
    return std::any_of(
        state.joint_actions.begin(), state.joint_actions.end(), [&](const JointAction& a) {
            return a.type == JointActionType::CollectiveLabel && a.active && is_member(a, f);
        });
}

void check_numbers(const ModelParams& p, const Decision& d, Issues& issues) {
    if (!std::isfinite(d.wage_change) || std::abs(d.wage_change) > p.max_wage_change + 1e-12) {
        issues.add("wage_change", "the wage change must be between -" +
                                      two_decimals(p.max_wage_change * 100) + " % and +" +
                                      two_decimals(p.max_wage_change * 100) + " %");
    }
    for (const UpgradeType k : kAllUpgradeTypes) {
        if (d.invest[static_cast<std::size_t>(k)] < 0) {
            issues.add("invest." + std::string(to_string(k)), "an investment cannot be negative");
        }
    }
    if (d.training < 0) {
        issues.add("training", "training cannot be negative");
    }
    if (!std::isfinite(d.markup) || d.markup < -0.5 || d.markup > 3.0) {
        issues.add("markup", "the markup must be between -50 % and +300 %");
    }
    if (d.own_brand_price < 0) {
        issues.add("own_brand_price", "a price cannot be negative");
    }
}

void check_offers(const GameState& state, const Firm& firm, const Decision& d, Issues& issues) {
    bool exclusive_taken =
        std::any_of(state.contracts.begin(), state.contracts.end(), [&](const Contract& c) {
            return c.terms.firm == firm.id && c.last_round >= d.round &&
                   c.terms.clauses.exclusivity;
        });
    for (std::size_t i = 0; i < d.accept.size(); ++i) {
        const Indexed field{"accept", i};
        const auto it = std::find_if(state.offers.begin(), state.offers.end(),
                                     [&](const BuyerOffer& o) { return o.id == d.accept[i]; });
        if (it == state.offers.end()) {
            issues.add(field, "no such offer on the table");
            continue;
        }
        if (it->firm != firm.id) {
            issues.add(field, "this offer was made to another firm");
            continue;
        }
        if (it->round != d.round) {
            issues.add(field, "this offer is for another round");
        }
        if (std::find(d.accept.begin(), d.accept.begin() + static_cast<std::ptrdiff_t>(i),
                      d.accept[i]) != d.accept.begin() + static_cast<std::ptrdiff_t>(i)) {
            issues.add(field, "this offer is accepted twice");
        }
        if (firm.acquired) {
            issues.add(field, "an acquired firm sells only to its owner");
        }
        const bool exclusive = it->clauses.exclusivity;
        if (exclusive_taken || (exclusive && d.accept.size() > 1)) {
            issues.add(field, "an exclusive contract allows no other contract");
        }
        exclusive_taken = exclusive_taken || exclusive;
    }
}

void check_joint_actions(const GameState& state, const Firm& firm, const Decision& d,
                         Issues& issues) {
    const Scenario& sc = *state.scenario;
    for (std::size_t i = 0; i < d.propose.size(); ++i) {
        const Indexed field{"propose", i};
        if (sc.joint_action(d.propose[i].type) == nullptr) {
            issues.add(field, "this scenario has no such joint action");
        }
        if (d.propose[i].max_share < 0) {
            issues.add(field, "a share cannot be negative");
        }
        if (firm.acquired && marketing_action(d.propose[i].type)) {
            issues.add(field, "an acquired firm leaves marketing to its owner");
        }
    }
    for (std::size_t i = 0; i < d.join.size(); ++i) {
        const Indexed field{"join", i};
        const JointAction* action = find_action(state, d.join[i].action);
        if (action == nullptr) {
            issues.add(field, "no such joint action");
            continue;
        }
        if (d.join[i].max_share < 0) {
            issues.add(field, "a share cannot be negative");
        }
        if (firm.acquired && marketing_action(action->type)) {
            issues.add(field, "an acquired firm leaves marketing to its owner");
        }
        for (std::size_t j = 0; j < i; ++j) {
            if (d.join[j].action == d.join[i].action) {
                issues.add(field, "this joint action is joined twice");
            }
        }
    }
    for (std::size_t i = 0; i < d.leave.size(); ++i) {
        const JointAction* action = find_action(state, d.leave[i]);
        if (action == nullptr || !is_member(*action, firm.id)) {
            issues.add(indexed("leave", i), "the firm is not a member of this joint action");
        }
    }
}

void check_channels(const GameState& state, const Firm& firm, const Decision& d, Issues& issues) {
    const ModelParams& p = state.scenario->params;
    if (firm.acquired && d.invest[static_cast<std::size_t>(UpgradeType::Functional)] > 0) {
        issues.add("invest.functional",
                   "an acquired firm's design and marketing belong to its owner");
    }
    if (d.sell_own_brand) {
        const double f_min =
            p.f_min - (sells_under_label(state, firm.id) ? p.label_fmin_relief : 0.0);
        const bool blocked =
            std::any_of(state.contracts.begin(), state.contracts.end(), [&](const Contract& c) {
                return c.terms.firm == firm.id && c.first_round <= d.round &&
                       c.last_round >= d.round && c.terms.clauses.no_own_brand;
            });
        const bool blocked_by_accepted =
            std::any_of(d.accept.begin(), d.accept.end(), [&](OfferId id) {
                return std::any_of(
                    state.offers.begin(), state.offers.end(), [&](const BuyerOffer& o) {
                        return o.id == id && o.firm == firm.id && o.clauses.no_own_brand;
                    });
            });
        if (firm.acquired) {
            issues.add("sell_own_brand", "an acquired firm has no brand of its own");
        } else if (firm.capabilities[UpgradeType::Functional] <= f_min) {
            issues.add("sell_own_brand",
                       "an own brand needs functional capability above " + two_decimals(f_min));
        } else if (blocked || blocked_by_accepted) {
            issues.add("sell_own_brand", "a contract's clause forbids own-brand sales");
        }
    }
    if (d.sell_adjacent) {
        if (firm.acquired) {
            issues.add("sell_adjacent", "an acquired firm sells only to its owner");
        } else if (firm.capabilities[UpgradeType::Intersectoral] <= p.i_min) {
            issues.add("sell_adjacent",
                       "the adjacent sector needs intersectoral capability above " +
                           two_decimals(p.i_min));
        }
    }
}

} // namespace

std::vector<ValidationIssue> validate(const GameState& state, FirmId firm, const Decision& d) {
    Issues issues;
    if (d.firm != firm) {
        issues.add("firm", "this decision is for another firm");
    }
    if (firm >= state.firms.size()) {
        issues.add("firm", "no such firm");
        return issues.take();
    }
    if (d.round != state.round + 1) {
        issues.add("round", "decisions are for round " + std::to_string(state.round + 1));
    }
    if (state.finished()) {
        issues.add("round", "the game is over");
    }
    const Firm& f = state.firms[firm];
    if (f.bankrupt) {
        issues.add("firm", "a bankrupt firm makes no decisions");
        return issues.take();
    }
    check_numbers(state.scenario->params, d, issues);
    check_offers(state, f, d, issues);
    check_joint_actions(state, f, d, issues);
    check_channels(state, f, d, issues);
    // Most decisions fit with room to spare: their ceiling settles it without the shares.
    const Money room = saturating_sub(f.cash, state.scenario->params.credit_line);
    if (outlay_ceiling(state, firm, d) > room) {
        const DecisionCost cost = preview_cost(state, firm, d);
        if (cost.cash_after_outlays < cost.credit_line) {
            issues.add("invest", "spending is beyond cash plus the credit line");
        }
    }
    return issues.take();
}

std::vector<ValidationIssue> validate(const GameState& state, const FacilitatorActions& a) {
    Issues issues;
    const Scenario& sc = *state.scenario;
    for (std::size_t i = 0; i < a.inject_events.size(); ++i) {
        const EventSpec* event = sc.event(a.inject_events[i]);
        if (event == nullptr) {
            issues.add(indexed("inject_events", i), "no such event in this scenario");
        } else if (!event->injectable) {
            issues.add(indexed("inject_events", i), "this event cannot be injected");
        }
    }
    if (a.policy) {
        const PolicySettings& p = *a.policy;
        if (!std::isfinite(p.cofinancing_share) || p.cofinancing_share < 0.0 ||
            p.cofinancing_share > sc.policy.max_cofinancing) {
            issues.add("policy.cofinancing_share", "co-financing must be between 0 and " +
                                                       two_decimals(sc.policy.max_cofinancing));
        }
        if (p.grant_per_firm < 0) {
            issues.add("policy.grant_per_firm", "a grant cannot be negative");
        }
        for (std::size_t i = 0; i < p.grant_recipients.size(); ++i) {
            if (p.grant_recipients[i] >= state.firms.size()) {
                issues.add(indexed("policy.grant_recipients", i), "no such firm");
            }
        }
        if (p.training_programme < 0) {
            issues.add("policy.training_programme", "the training programme cannot be negative");
        }
        if (p.export_promotion < 0) {
            issues.add("policy.export_promotion", "export promotion cannot be negative");
        }
    }
    return issues.take();
}

} // namespace hr
