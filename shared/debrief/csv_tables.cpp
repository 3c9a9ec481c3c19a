#include "debrief/csv_tables.hpp"

#include "debrief/csv_writer.hpp"
#include "debrief/export_ids.hpp"

#include <algorithm>

namespace hr::debrief {

namespace {

std::string firm_name(const GameRecord& record, FirmId firm) {
    for (const auto& s : record.game_over.scores) {
        if (s.firm == firm) {
            return s.name;
        }
    }
    return std::string();
}

std::string id_text(std::uint32_t id) {
    return std::to_string(id);
}

void indicators(CsvWriter& csv, const FirmRecord& r) {
    csv.text(to_string(r.road))
        .number(r.wage)
        .number(r.skill)
        .number(r.employment)
        .number(r.exports)
        .number(r.volume)
        .number(r.unit_value)
        .integer(r.revenue)
        .integer(r.profit)
        .integer(r.cash)
        .number(r.value_added_per_worker);
    for (UpgradeType t : kAllUpgradeTypes) {
        csv.number(r.capabilities[t]);
    }
}

void public_facts(CsvWriter& csv, const GameRecord& record, FirmId firm, int round) {
    std::vector<JointActionType> joint;
    std::array<int, kGovernanceTypes> contracts{};
    for (const RoundFacts& facts : record.input.rounds) {
        if (facts.round != round) {
            continue;
        }
        if (firm < facts.joint_actions.size()) {
            joint = facts.joint_actions[firm];
        }
        if (firm < facts.contracts.size()) {
            std::copy(facts.contracts[firm].begin(), facts.contracts[firm].end(),
                      contracts.begin());
        }
    }
    csv.text(joined(joint, [](JointActionType t) { return to_string(t); }));
    for (int n : contracts) {
        csv.integer(n);
    }
}

constexpr std::size_t kDecisionColumns = 14;
constexpr std::size_t kResultColumns = 29;

void decision(CsvWriter& csv, const Decision& d) {
    csv.number(d.wage_change);
    for (Money m : d.invest) {
        csv.integer(m);
    }
    csv.integer(d.training)
        .number(d.markup)
        .flag(d.sell_own_brand)
        .integer(d.own_brand_price)
        .flag(d.sell_adjacent)
        .text(joined(d.accept, id_text))
        .text(joined(d.propose, [](const Proposal& p) { return to_string(p.type); }))
        .text(joined(d.join, [](const JoinRequest& j) { return id_text(j.action); }))
        .text(joined(d.leave, id_text));
}

void result(CsvWriter& csv, const FirmResult& r) {
    csv.flag(r.active).flag(r.went_bankrupt).flag(r.was_acquired);
    for (double v : r.volume) {
        csv.number(v);
    }
    for (Money m : r.revenue) {
        csv.integer(m);
    }
    Money upgrading = 0;
    for (Money m : r.investment) {
        upgrading += m;
    }
    csv.number(r.rejected_volume)
        .integer(r.acquisition_income)
        .integer(r.wage_bill)
        .integer(r.input_cost)
        .integer(r.brand_cost)
        .integer(r.fixed_cost)
        .integer(upgrading)
        .integer(r.training)
        .integer(r.joint_action_shares)
        .integer(r.grants)
        .number(r.laid_off)
        .number(r.unit_cost)
        .number(r.value_chain.firm_share())
        .number(r.value_chain.cluster_share())
        .flag(r.certified)
        .number(r.input_discount)
        .number(r.label_premium)
        .number(r.score.total);
}

void blanks(CsvWriter& csv, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
        csv.empty();
    }
}

} // namespace

std::string firm_rounds_csv(const GameRecord& record) {
    CsvWriter csv{"round", "firm", "name", "player", "seat", "decided_by", "road", "wage", "skill",
                  "employment", "exports", "volume", "unit_value", "revenue", "profit", "cash",
                  "value_added_per_worker", "process", "product", "functional", "intersectoral",
                  "joint_actions", "contracts_market", "contracts_network",
                  "contracts_quasi_hierarchy", "contracts_hierarchy",
                  // The decision (server record only).
                  "wage_change", "invest_process", "invest_product", "invest_functional",
                  "invest_intersectoral", "training", "markup", "sell_own_brand", "own_brand_price",
                  "sell_adjacent", "offers_accepted", "proposed", "joined", "left",
                  // Its result (server record only).
                  "active", "went_bankrupt", "was_acquired", "volume_contract", "volume_low_end",
                  "volume_own_brand", "volume_adjacent", "revenue_contract", "revenue_low_end",
                  "revenue_own_brand", "revenue_adjacent", "rejected_volume", "acquisition_income",
                  "wage_bill", "input_cost", "brand_cost", "fixed_cost", "spent_upgrading",
                  "spent_training", "joint_action_shares", "grants", "laid_off", "unit_cost",
                  "firm_share_of_price", "cluster_share_of_price", "certified", "input_discount",
                  "label_premium", "score"};
    for (const auto& score : record.game_over.scores) {
        for (const FirmRecord& r : score.history) {
            csv.integer(r.round).integer(score.firm).text(score.name);
            if (score.firm < record.seats.size()) {
                csv.text(record.seats[score.firm].player);
            } else {
                csv.empty();
            }
            csv.text(seat_id(score.seat));
            const proto::RoundResults* shown = record.result(r.round);
            if (shown != nullptr && score.firm < shown->firms.size()) {
                csv.text(source_id(shown->firms[score.firm].source));
            } else {
                csv.empty();
            }
            indicators(csv, r);
            public_facts(csv, record, score.firm, r.round);
            const RoundDetail* detail = record.detail(r.round);
            if (detail != nullptr && score.firm < detail->firms.size()) {
                decision(csv, detail->firms[score.firm].decision);
                result(csv, detail->firms[score.firm].result);
            } else {
                blanks(csv, kDecisionColumns + kResultColumns);
            }
            csv.end_row();
        }
    }
    return csv.str();
}

std::string cluster_rounds_csv(const GameRecord& record) {
    CsvWriter csv{"round",
                  "road",
                  "avg_wage",
                  "employment",
                  "exports",
                  "unit_value",
                  "value_added_per_worker",
                  "cluster_share_of_price",
                  "skill_pool",
                  "active_firms",
                  "process",
                  "product",
                  "functional",
                  "intersectoral",
                  "label_reputation",
                  "public_spent",
                  "spent_cofinancing",
                  "spent_grants",
                  "spent_service_centre",
                  "spent_training",
                  "spent_export_promotion"};
    for (const ClusterRecord& c : record.game_over.cluster_history) {
        csv.integer(c.round)
            .text(to_string(c.road))
            .number(c.avg_wage)
            .number(c.employment)
            .number(c.exports)
            .number(c.unit_value)
            .number(c.value_added_per_worker)
            .number(c.cluster_share_of_price)
            .number(c.skill_pool)
            .integer(c.active_firms);
        for (UpgradeType t : kAllUpgradeTypes) {
            csv.number(c.avg_capabilities[t]);
        }
        if (const proto::RoundResults* r = record.result(c.round)) {
            csv.number(r->label_reputation).integer(r->public_spent);
            for (Money m : r->public_spent_by_lever) {
                csv.integer(m);
            }
        } else {
            blanks(csv, 2 + kPolicyLevers);
        }
        csv.end_row();
    }
    return csv.str();
}

std::string joint_actions_csv(const GameRecord& record) {
    CsvWriter csv{"round",   "action", "type",   "proposer",         "proposed_round",
                  "members", "count",  "active", "share_per_member", "public_share",
                  "why_not", "vetoed"};
    for (const proto::RoundResults& r : record.results) {
        for (const JointActionOutcome& o : r.joint_actions) {
            const auto tabled =
                std::find_if(record.joint_actions.begin(), record.joint_actions.end(),
                             [&](const JointAction& a) { return a.id == o.id; });
            csv.integer(r.round).integer(o.id).text(to_string(o.type));
            if (tabled != record.joint_actions.end()) {
                csv.integer(tabled->proposer).integer(tabled->proposed_round);
            } else {
                blanks(csv, 2);
            }
            csv.text(joined(o.members, [](FirmId f) { return std::to_string(f); }))
                .integer(static_cast<long long>(o.members.size()))
                .flag(o.active)
                .integer(o.share_per_member)
                .integer(o.public_share)
                .text(o.why_not);
            if (tabled != record.joint_actions.end()) {
                csv.flag(tabled->vetoed);
            } else {
                csv.empty();
            }
            csv.end_row();
        }
    }
    return csv.str();
}

std::string contracts_csv(const GameRecord& record) {
    CsvWriter csv{"contract",
                  "offer",
                  "firm",
                  "name",
                  "buyer",
                  "buyer_kind",
                  "governance",
                  "chain",
                  "volume",
                  "unit_price",
                  "quality_standard",
                  "requires_certification",
                  "first_round",
                  "last_round",
                  "exclusivity",
                  "no_own_brand",
                  "no_own_design",
                  "technical_help",
                  "acquisition",
                  "acquisition_price",
                  "relocated_round"};
    for (const Contract& c : record.contracts) {
        const BuyerOffer& t = c.terms;
        csv.integer(c.id)
            .integer(t.id)
            .integer(t.firm)
            .text(firm_name(record, t.firm))
            .text(t.buyer_id)
            .text(to_string(t.kind))
            .text(to_string(t.governance))
            .text(to_string(t.chain))
            .number(t.volume)
            .integer(t.unit_price)
            .number(t.quality_standard)
            .flag(t.requires_certification)
            .integer(c.first_round)
            .integer(c.last_round)
            .flag(t.clauses.exclusivity)
            .flag(t.clauses.no_own_brand)
            .flag(t.clauses.no_own_design)
            .flag(t.clauses.technical_help)
            .flag(t.clauses.acquisition)
            .integer(t.acquisition_price);
        std::optional<int> relocated;
        for (const RoundDetail& d : record.details) {
            if (t.firm < d.firms.size()) {
                const auto& moved = d.firms[t.firm].result.relocated;
                if (std::find(moved.begin(), moved.end(), c.id) != moved.end()) {
                    relocated = d.round;
                }
            }
        }
        if (relocated) {
            csv.integer(*relocated);
        } else {
            csv.empty();
        }
        csv.end_row();
    }
    return csv.str();
}

std::string events_csv(const GameRecord& record) {
    CsvWriter csv{"round", "event", "kind", "magnitude", "injected", "pending", "title"};
    auto title = [&](const std::string& id) {
        const EventSpec* spec = record.scenario ? record.scenario->event(id) : nullptr;
        return spec != nullptr ? spec->title.en : std::string();
    };
    for (const proto::RoundResults& r : record.results) {
        for (const AppliedEvent& e : r.events) {
            csv.integer(r.round)
                .text(e.id)
                .text(to_string(e.kind))
                .number(e.magnitude)
                .flag(e.injected)
                .flag(false)
                .text(title(e.id))
                .end_row();
        }
    }
    for (const PendingEvent& e : record.pending_events) {
        const EventSpec* spec = record.scenario ? record.scenario->event(e.id) : nullptr;
        csv.integer(e.round).text(e.id);
        if (spec != nullptr) {
            csv.text(to_string(spec->kind)).number(spec->magnitude);
        } else {
            blanks(csv, 2);
        }
        csv.flag(true).flag(true).text(title(e.id)).end_row();
    }
    return csv.str();
}

std::string policy_changes_csv(const GameRecord& record) {
    CsvWriter csv{"round",           "source",           "pending",        "cofinancing_share",
                  "grant_per_firm",  "grant_recipients", "service_centre", "training_programme",
                  "export_promotion"};
    for (const PolicyChange& c : record.policy_changes) {
        const PolicySettings& p = c.policy;
        csv.integer(c.round)
            .text(c.from_scenario ? "scenario" : "facilitator")
            .flag(c.pending)
            .number(p.cofinancing_share)
            .integer(p.grant_per_firm)
            .text(joined(p.grant_recipients, [](FirmId f) { return std::to_string(f); }))
            .flag(p.service_centre)
            .integer(p.training_programme)
            .integer(p.export_promotion)
            .end_row();
    }
    return csv.str();
}

std::vector<ExportFile> csv_tables(const GameRecord& record) {
    return {{"firm-rounds.csv", firm_rounds_csv(record)},
            {"cluster-rounds.csv", cluster_rounds_csv(record)},
            {"joint-actions.csv", joint_actions_csv(record)},
            {"contracts.csv", contracts_csv(record)},
            {"events.csv", events_csv(record)},
            {"policy-changes.csv", policy_changes_csv(record)}};
}

} // namespace hr::debrief
