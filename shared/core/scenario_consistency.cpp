#include "core/scenario_consistency.hpp"

#include "core/scenario_text_check.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>

namespace hr {

namespace {

std::string at(std::string_view list, std::size_t i, std::string_view field) {
    return field_path(element_path(list, i), field);
}

// Reports the second and later holders of an id, naming the first.
template <class T, class Key>
void unique(const std::vector<T>& items, std::string_view list, std::string_view field, Key key,
            std::string_view what, ErrorSink& sink) {
    std::map<std::string, std::size_t> first;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::string k = key(items[i]);
        const auto [it, inserted] = first.emplace(k, i);
        if (!inserted) {
            sink.add(at(list, i, field), "duplicate " + std::string(what) + " " + excerpt(k) +
                                             ": " + element_path(list, it->second) + " has it too");
        }
    }
}

void round_exists(int round, int rounds, int lowest, const std::string& field, ErrorSink& sink) {
    if (round < lowest || round > rounds) {
        sink.add(field, "out of range: must be between " + std::to_string(lowest) +
                            " and rounds (" + std::to_string(rounds) + "), got " +
                            std::to_string(round));
    }
}

void check_firm_counts(const Scenario& s, ErrorSink& sink) {
    if (s.min_firms > s.max_firms) {
        sink.add("max_firms", "out of range: must be at least min_firms (" +
                                  std::to_string(s.min_firms) + "), got " +
                                  std::to_string(s.max_firms));
    } else if (s.default_firms < s.min_firms || s.default_firms > s.max_firms) {
        sink.add("default_firms", "out of range: must be between min_firms (" +
                                      std::to_string(s.min_firms) + ") and max_firms (" +
                                      std::to_string(s.max_firms) + "), got " +
                                      std::to_string(s.default_firms));
    }
}

void check_buyers(const Scenario& s, ErrorSink& sink) {
    unique(
        s.buyers, "buyers", "id", [](const BuyerProfile& b) { return b.id; }, "id", sink);
    const bool standards = s.joint_action(JointActionType::Standards) != nullptr;
    for (std::size_t i = 0; i < s.buyers.size(); ++i) {
        const BuyerProfile& b = s.buyers[i];
        round_exists(b.first_round, s.rounds, 1, at("buyers", i, "first_round"), sink);
        if (b.requires_certification && !standards) {
            sink.add(at("buyers", i, "requires_certification"),
                     "unknown reference: certification comes from the 'standards' joint action, "
                     "which joint_actions does not list");
        }
        if (b.acquisition && b.governance != Governance::Hierarchy) {
            sink.add(at("buyers", i, "clauses"),
                     "out of range: the 'acquisition' clause needs governance 'hierarchy', got " +
                         excerpt(to_string(b.governance)));
        }
    }
}

void check_events(const Scenario& s, ErrorSink& sink) {
    unique(
        s.events, "events", "id", [](const EventSpec& e) { return e.id; }, "id", sink);
    const bool label = s.joint_action(JointActionType::CollectiveLabel) != nullptr;
    const bool relocating = std::any_of(s.buyers.begin(), s.buyers.end(),
                                        [](const auto& b) { return b.relocation_threshold > 0; });
    for (std::size_t i = 0; i < s.events.size(); ++i) {
        const EventSpec& e = s.events[i];
        if (e.scheduled_round != 0) {
            round_exists(e.scheduled_round, s.rounds, 0, at("events", i, "scheduled_round"), sink);
        } else if (!e.injectable) {
            sink.add(at("events", i, "injectable"),
                     "out of range: an event neither scheduled nor injectable never happens");
        }
        if (e.kind == EventKind::QualityScandal && !label) {
            sink.add(at("events", i, "kind"),
                     "unknown reference: a quality scandal hits the 'collective_label' joint "
                     "action, which joint_actions does not list");
        }
        if (e.kind == EventKind::BuyerRelocation && !relocating) {
            sink.add(at("events", i, "kind"),
                     "unknown reference: a buyer relocation needs a buyer with a "
                     "relocation_threshold above 0, and no buyer has one");
        }
    }
}

void check_chain_template(const ModelParams& p, ErrorSink& sink) {
    double sum = 0;
    for (const double share : p.chain_template) {
        sum += share;
    }
    if (std::abs(sum - 1.0) > 1e-6) {
        sink.add("params.chain_template",
                 "out of range: the stages' shares must sum to 1, got " + format_number(sum));
    }
}

void check_score(const ScoreWeights& w, ErrorSink& sink) {
    if (w.profit + w.firm_value + w.community_income <= 0) {
        sink.add("score", "out of range: at least one weight must be above 0");
    }
}

} // namespace

void check_consistency(const Scenario& scenario, ErrorSink& sink) {
    check_firm_counts(scenario, sink);
    check_chain_template(scenario.params, sink);
    check_buyers(scenario, sink);
    unique(
        scenario.joint_actions, "joint_actions", "type",
        [](const JointActionSpec& j) { return std::string(to_string(j.type)); },
        "joint-action type", sink);
    check_events(scenario, sink);
    unique(
        scenario.firms, "firms", "name", [](const StartingFirm& f) { return f.name; }, "name",
        sink);
    check_score(scenario.score, sink);
}

} // namespace hr
