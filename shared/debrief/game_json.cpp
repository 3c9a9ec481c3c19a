#include "debrief/game_json.hpp"

#include "debrief/export_ids.hpp"

#include <iomanip>
#include <nlohmann/json.hpp>
#include <sstream>

namespace hr::debrief {

namespace {

using nlohmann::ordered_json;

std::string hex(std::uint64_t v) {
    std::ostringstream out;
    out << std::hex << std::setw(16) << std::setfill('0') << v;
    return out.str();
}

ordered_json capabilities_json(const Capabilities& c) {
    ordered_json j;
    for (UpgradeType t : kAllUpgradeTypes) {
        j[std::string(to_string(t))] = c[t];
    }
    return j;
}

ordered_json record_json(const FirmRecord& r) {
    return {{"round", r.round},
            {"road", to_string(r.road)},
            {"wage", r.wage},
            {"skill", r.skill},
            {"employment", r.employment},
            {"exports", r.exports},
            {"volume", r.volume},
            {"unit_value", r.unit_value},
            {"revenue", r.revenue},
            {"profit", r.profit},
            {"cash", r.cash},
            {"value_added_per_worker", r.value_added_per_worker},
            {"capabilities", capabilities_json(r.capabilities)}};
}

ordered_json decision_json(const Decision& d) {
    ordered_json invest;
    for (UpgradeType t : kAllUpgradeTypes) {
        invest[std::string(to_string(t))] = d.invest[static_cast<std::size_t>(t)];
    }
    ordered_json propose = ordered_json::array();
    for (const Proposal& p : d.propose) {
        propose.push_back({{"type", to_string(p.type)}, {"max_share", p.max_share}});
    }
    ordered_json join = ordered_json::array();
    for (const JoinRequest& j : d.join) {
        join.push_back({{"action", j.action}, {"max_share", j.max_share}});
    }
    return {{"wage_change", d.wage_change},
            {"invest", invest},
            {"training", d.training},
            {"markup", d.markup},
            {"sell_own_brand", d.sell_own_brand},
            {"own_brand_price", d.own_brand_price},
            {"sell_adjacent", d.sell_adjacent},
            {"accept", d.accept},
            {"propose", propose},
            {"join", join},
            {"leave", d.leave}};
}

ordered_json by_channel(const auto& values) {
    ordered_json j;
    for (std::size_t c = 0; c < kSalesChannels; ++c) {
        j[std::string(to_string(static_cast<SalesChannel>(c)))] = values[c];
    }
    return j;
}

ordered_json result_json(const FirmResult& r) {
    ordered_json upgrading;
    for (UpgradeType t : kAllUpgradeTypes) {
        const UpgradeBreakdown& u = r.upgrading[static_cast<std::size_t>(t)];
        upgrading[std::string(to_string(t))] = {{"before", u.before},
                                                {"after", u.after},
                                                {"from_investment", u.from_investment},
                                                {"external_economies", u.external_economies},
                                                {"joint_actions", u.joint_actions},
                                                {"buyer_help", u.buyer_help},
                                                {"service_centre", u.service_centre},
                                                {"learning_network", u.learning_network},
                                                {"frontier_loss", u.frontier_loss},
                                                {"clause_loss", u.clause_loss}};
    }
    ordered_json investment;
    for (UpgradeType t : kAllUpgradeTypes) {
        investment[std::string(to_string(t))] = r.investment[static_cast<std::size_t>(t)];
    }
    return {{"active", r.active},
            {"went_bankrupt", r.went_bankrupt},
            {"was_acquired", r.was_acquired},
            {"volume", by_channel(r.volume)},
            {"revenue", by_channel(r.revenue)},
            {"rejected_volume", r.rejected_volume},
            {"acquisition_income", r.acquisition_income},
            {"wage_bill", r.wage_bill},
            {"input_cost", r.input_cost},
            {"brand_cost", r.brand_cost},
            {"fixed_cost", r.fixed_cost},
            {"investment", investment},
            {"training", r.training},
            {"joint_action_shares", r.joint_action_shares},
            {"grants", r.grants},
            {"profit", r.profit},
            {"cash_before", r.cash_before},
            {"cash_after", r.cash_after},
            {"laid_off", r.laid_off},
            {"unit_cost", r.unit_cost},
            {"firm_share_of_price", r.value_chain.firm_share()},
            {"cluster_share_of_price", r.value_chain.cluster_share()},
            {"certified", r.certified},
            {"input_discount", r.input_discount},
            {"label_premium", r.label_premium},
            {"upgrading", upgrading},
            {"road_reason", r.road.reason},
            {"member_of", r.member_of},
            {"contracts", r.contracts},
            {"relocated", r.relocated},
            {"score",
             {{"profit", r.score.profit},
              {"firm_value", r.score.firm_value},
              {"community_income", r.score.community_income},
              {"total", r.score.total}}}};
}

ordered_json policy_json(const PolicySettings& p) {
    return {{"cofinancing_share", p.cofinancing_share},   {"grant_per_firm", p.grant_per_firm},
            {"grant_recipients", p.grant_recipients},     {"service_centre", p.service_centre},
            {"training_programme", p.training_programme}, {"export_promotion", p.export_promotion}};
}

ordered_json group_json(const GroupChange& g) {
    ordered_json caps;
    for (UpgradeType t : kAllUpgradeTypes) {
        caps[std::string(to_string(t))] = g.capability(t);
    }
    return {{"firms", g.firms},
            {"capability_change", caps},
            {"capability_change_mean", g.capability_mean},
            {"wage_change", g.wage},
            {"unit_value_change", g.unit_value}};
}

ordered_json answers_json(const DebriefAnswers& a) {
    ordered_json q1{{"members", group_json(a.joint_actions.members)},
                    {"non_members", group_json(a.joint_actions.non_members)}};
    ordered_json by_type = ordered_json::object();
    for (std::size_t t = 0; t < kJointActionTypes; ++t) {
        if (a.joint_actions.by_type[t].firms > 0) {
            by_type[std::string(to_string(static_cast<JointActionType>(t)))] =
                group_json(a.joint_actions.by_type[t]);
        }
    }
    q1["members_by_type"] = by_type;
    if (a.joint_actions.member_advantage) {
        q1["member_advantage"] = *a.joint_actions.member_advantage;
    }
    ordered_json q2 = ordered_json::object();
    for (std::size_t g = 0; g < kGovernanceTypes; ++g) {
        q2[std::string(to_string(static_cast<Governance>(g)))] =
            group_json(a.chains.by_governance[g]);
    }
    q2["no_contract"] = group_json(a.chains.no_contract);
    ordered_json levers = ordered_json::object();
    for (std::size_t l = 0; l < kPolicyLevers; ++l) {
        levers[std::string(kLeverIds[l])] = a.policy.spent_by_lever[l];
    }
    ordered_json q3{{"spent_by_lever", levers},
                    {"spent", a.policy.spent},
                    {"budget", a.policy.budget},
                    {"group_support", a.policy.group_support},
                    {"individual_support", a.policy.individual_support},
                    {"cluster", group_json(a.policy.cluster)}};
    if (a.policy.k_per_capability_point) {
        q3["k_per_capability_point"] = *a.policy.k_per_capability_point;
    }
    return {{"joint_actions", q1}, {"value_chains", q2}, {"public_budget", q3}};
}

ordered_json firms_json(const GameRecord& record) {
    ordered_json firms = ordered_json::array();
    for (const auto& s : record.game_over.scores) {
        ordered_json history = ordered_json::array();
        for (const auto& r : s.history) {
            history.push_back(record_json(r));
        }
        ordered_json firm{{"id", s.firm},
                          {"name", s.name},
                          {"seat", seat_id(s.seat)},
                          {"road", to_string(s.road)},
                          {"score",
                           {{"profit", s.score.profit},
                            {"firm_value", s.score.firm_value},
                            {"community_income", s.score.community_income},
                            {"total", s.score.total}}},
                          {"history", history}};
        if (record.has_detail) {
            if (s.firm < record.seats.size()) {
                const SeatInfo& seat = record.seats[s.firm];
                firm["player"] = seat.player;
                firm["taken_over"] = seat.taken_over;
                firm["bot"] = {{"archetype", to_string(seat.archetype)},
                               {"difficulty", to_string(seat.difficulty)}};
            }
            ordered_json rounds = ordered_json::array();
            for (const RoundDetail& d : record.details) {
                if (s.firm < d.firms.size()) {
                    const FirmRoundDetail& f = d.firms[s.firm];
                    rounds.push_back({{"round", d.round},
                                      {"decided_by", source_id(f.source)},
                                      {"decision", decision_json(f.decision)},
                                      {"result", result_json(f.result)}});
                }
            }
            firm["rounds"] = rounds;
        }
        firms.push_back(std::move(firm));
    }
    return firms;
}

ordered_json rounds_json(const GameRecord& record) {
    ordered_json rounds = ordered_json::array();
    for (const auto& r : record.results) {
        ordered_json events = ordered_json::array();
        for (const auto& e : r.events) {
            events.push_back({{"id", e.id},
                              {"kind", to_string(e.kind)},
                              {"magnitude", e.magnitude},
                              {"injected", e.injected}});
        }
        ordered_json joint = ordered_json::array();
        for (const auto& a : r.joint_actions) {
            joint.push_back({{"id", a.id},
                             {"type", to_string(a.type)},
                             {"members", a.members},
                             {"active", a.active},
                             {"share_per_member", a.share_per_member},
                             {"public_share", a.public_share},
                             {"why_not", a.why_not}});
        }
        ordered_json levers = ordered_json::object();
        for (std::size_t l = 0; l < kPolicyLevers; ++l) {
            levers[std::string(kLeverIds[l])] = r.public_spent_by_lever[l];
        }
        rounds.push_back({{"round", r.round},
                          {"cluster_road", to_string(r.cluster_road.road)},
                          {"cluster_road_reason", r.cluster_road.reason},
                          {"events", events},
                          {"joint_actions", joint},
                          {"public_spent", r.public_spent},
                          {"public_spent_by_lever", levers},
                          {"label_reputation", r.label_reputation}});
    }
    return rounds;
}

ordered_json cluster_json(const GameRecord& record) {
    ordered_json cluster = ordered_json::array();
    for (const auto& c : record.game_over.cluster_history) {
        cluster.push_back({{"round", c.round},
                           {"road", to_string(c.road)},
                           {"avg_wage", c.avg_wage},
                           {"employment", c.employment},
                           {"exports", c.exports},
                           {"unit_value", c.unit_value},
                           {"value_added_per_worker", c.value_added_per_worker},
                           {"cluster_share_of_price", c.cluster_share_of_price},
                           {"skill_pool", c.skill_pool},
                           {"active_firms", c.active_firms},
                           {"avg_capabilities", capabilities_json(c.avg_capabilities)}});
    }
    return cluster;
}

// What only the server's record holds.
void add_detail(ordered_json& doc, const GameRecord& record) {
    doc["seed"] = record.seed;
    ordered_json contracts = ordered_json::array();
    for (const Contract& c : record.contracts) {
        const BuyerOffer& t = c.terms;
        contracts.push_back({{"id", c.id},
                             {"offer", t.id},
                             {"firm", t.firm},
                             {"buyer", t.buyer_id},
                             {"buyer_kind", to_string(t.kind)},
                             {"governance", to_string(t.governance)},
                             {"chain", to_string(t.chain)},
                             {"volume", t.volume},
                             {"unit_price", t.unit_price},
                             {"quality_standard", t.quality_standard},
                             {"requires_certification", t.requires_certification},
                             {"first_round", c.first_round},
                             {"last_round", c.last_round},
                             {"clauses",
                              {{"exclusivity", t.clauses.exclusivity},
                               {"no_own_brand", t.clauses.no_own_brand},
                               {"no_own_design", t.clauses.no_own_design},
                               {"technical_help", t.clauses.technical_help},
                               {"acquisition", t.clauses.acquisition}}},
                             {"acquisition_price", t.acquisition_price}});
    }
    doc["contracts"] = contracts;
    ordered_json tabled = ordered_json::array();
    for (const JointAction& a : record.joint_actions) {
        tabled.push_back({{"id", a.id},
                          {"type", to_string(a.type)},
                          {"proposer", a.proposer},
                          {"proposed_round", a.proposed_round},
                          {"members", a.members},
                          {"max_share", a.max_share},
                          {"active", a.active},
                          {"rounds_active", a.rounds_active},
                          {"vetoed", a.vetoed},
                          {"catalogue", a.catalogue}});
    }
    doc["joint_actions"] = tabled;
    ordered_json changes = ordered_json::array();
    for (const PolicyChange& c : record.policy_changes) {
        changes.push_back({{"round", c.round},
                           {"source", c.from_scenario ? "scenario" : "facilitator"},
                           {"pending", c.pending},
                           {"policy", policy_json(c.policy)}});
    }
    doc["policy_changes"] = changes;
    ordered_json pending = ordered_json::array();
    for (const PendingEvent& e : record.pending_events) {
        pending.push_back({{"round", e.round}, {"id", e.id}});
    }
    doc["pending_events"] = pending;
    doc["problems"] = record.problems;
}

ordered_json path_json(const WhatIfPath& path) {
    ordered_json rounds = ordered_json::array();
    for (const WhatIfRound& r : path.rounds) {
        ordered_json firms = ordered_json::array();
        for (std::size_t f = 0; f < r.firms.size(); ++f) {
            const WhatIfFirmRound& w = r.firms[f];
            firms.push_back({{"firm", f},
                             {"play", to_string(w.play)},
                             {"bankrupt", w.bankrupt},
                             {"score", w.score.total},
                             {"record", record_json(w.record)}});
        }
        rounds.push_back({{"round", r.round},
                          {"state_hash", hex(r.state_hash)},
                          {"public_spent", r.public_spent},
                          {"cluster",
                           {{"road", to_string(r.cluster.road)},
                            {"avg_wage", r.cluster.avg_wage},
                            {"employment", r.cluster.employment},
                            {"exports", r.cluster.exports},
                            {"unit_value", r.cluster.unit_value},
                            {"value_added_per_worker", r.cluster.value_added_per_worker},
                            {"cluster_share_of_price", r.cluster.cluster_share_of_price},
                            {"active_firms", r.cluster.active_firms},
                            {"avg_capabilities", capabilities_json(r.cluster.avg_capabilities)}}},
                          {"firms", firms}});
    }
    return rounds;
}

ordered_json what_if_json(const WhatIfOutcome& w) {
    ordered_json bots = ordered_json::array();
    for (const WhatIfBot& b : w.plan.bots) {
        bots.push_back({{"firm", b.firm},
                        {"archetype", to_string(b.bot.archetype)},
                        {"difficulty", to_string(b.bot.difficulty)}});
    }
    return {{"from_round", w.plan.from_round},
            {"bots", bots},
            {"original", path_json(w.original)},
            {"replay", path_json(w.replay)}};
}

} // namespace

std::string game_json(const GameRecord& record, const DebriefAnswers& answers,
                      const WhatIfOutcome* what_if) {
    const proto::GameOver& over = record.game_over;
    ordered_json doc{{"format", "highroad-game"},
                     {"version", 2},
                     {"source", record.has_detail ? "server" : "client"},
                     {"room", record.room_code},
                     {"scenario", record.scenario_id},
                     {"finished", record.finished},
                     {"end", record.finished ? end_id(over.end) : "running"},
                     {"total_rounds", record.total_rounds},
                     {"rounds_played", over.rounds_played},
                     {"state_hash", hex(over.state_hash)},
                     {"public_budget", record.input.public_budget},
                     {"public_spent", over.public_spent},
                     {"firms", firms_json(record)},
                     {"cluster", cluster_json(record)},
                     {"rounds", rounds_json(record)}};
    if (record.has_detail) {
        add_detail(doc, record);
    }
    doc["research"] = answers_json(answers);
    if (what_if != nullptr) {
        doc["what_if"] = what_if_json(*what_if);
    }
    return doc.dump(2) + "\n";
}

} // namespace hr::debrief
