#include "metrics.hpp"

#include "core/money.hpp"

namespace hr::sim {

namespace {

constexpr std::size_t up(UpgradeType t) {
    return static_cast<std::size_t>(t);
}
constexpr std::size_t gov(Governance g) {
    return static_cast<std::size_t>(g);
}

double average(const std::array<double, kUpgradeTypes>& a) {
    double s = 0;
    for (double x : a) {
        s += x;
    }
    return s / static_cast<double>(kUpgradeTypes);
}

} // namespace

double capability_gain(const FirmOutcome& f, UpgradeType t) {
    return f.cap_end[up(t)] - f.cap_start[up(t)];
}

double cluster_upgrading(const GameOutcome& g) {
    return average(g.cluster.cap_end) - average(g.cluster.cap_start);
}

// clang-format off
const std::vector<FirmMetric>& firm_metrics() {
    static const std::vector<FirmMetric> metrics{
        {"survived", "share of firms not bankrupt at the end", [](const FirmOutcome& f) { return f.bankrupt ? 0.0 : 1.0; }},
        {"acquired", "share of firms bought by a transnational (hierarchy)", [](const FirmOutcome& f) { return f.acquired ? 1.0 : 0.0; }},
        {"wage_end", "relative wage at the end (1 = the starting reference wage)", [](const FirmOutcome& f) { return f.wage_end; }},
        {"wage_change", "relative wage, end minus start", [](const FirmOutcome& f) { return f.wage_end - f.wage_start; }},
        {"skill_end", "workforce skill at the end (0..1)", [](const FirmOutcome& f) { return f.skill_end; }},
        {"process_end", "process capability at the end (1 = world frontier)", [](const FirmOutcome& f) { return f.cap_end[up(UpgradeType::Process)]; }},
        {"product_end", "product capability at the end", [](const FirmOutcome& f) { return f.cap_end[up(UpgradeType::Product)]; }},
        {"functional_end", "functional capability at the end", [](const FirmOutcome& f) { return f.cap_end[up(UpgradeType::Functional)]; }},
        {"intersectoral_end", "intersectoral capability at the end", [](const FirmOutcome& f) { return f.cap_end[up(UpgradeType::Intersectoral)]; }},
        {"process_gain", "process upgrading: end minus start", [](const FirmOutcome& f) { return capability_gain(f, UpgradeType::Process); }},
        {"product_gain", "product upgrading: end minus start", [](const FirmOutcome& f) { return capability_gain(f, UpgradeType::Product); }},
        {"functional_gain", "functional upgrading: end minus start", [](const FirmOutcome& f) { return capability_gain(f, UpgradeType::Functional); }},
        {"intersectoral_gain", "intersectoral upgrading: end minus start", [](const FirmOutcome& f) { return capability_gain(f, UpgradeType::Intersectoral); }},
        {"capability_end", "mean of the four capabilities at the end", [](const FirmOutcome& f) { return average(f.cap_end); }},
        {"cumulative_profit_k", "profit summed over the game, k$", [](const FirmOutcome& f) { return to_k(f.cumulative_profit); }},
        {"cash_end_k", "cash at the end, k$", [](const FirmOutcome& f) { return to_k(f.cash_end); }},
        {"exports_first", "exports in round 1, thousand units", [](const FirmOutcome& f) { return f.exports_first; }},
        {"exports_last", "exports in the last round played, thousand units", [](const FirmOutcome& f) { return f.exports_last; }},
        {"unit_value_end", "unit value in the last round played, k$ per thousand units", [](const FirmOutcome& f) { return f.unit_value_end; }},
        {"value_added_per_worker_end", "value added per worker in the last round played, k$", [](const FirmOutcome& f) { return f.value_added_per_worker_end; }},
        {"score_end", "the game's score at the end", [](const FirmOutcome& f) { return f.score_end; }},
        {"joint_action_rounds", "rounds as a member of an active joint action", [](const FirmOutcome& f) { return static_cast<double>(f.member_rounds); }},
        {"joint_action_paid_k", "joint-action shares paid over the game, k$", [](const FirmOutcome& f) { return to_k(f.joint_action_paid); }},
        {"market_contract_rounds", "rounds holding a market (arm's-length) contract", [](const FirmOutcome& f) { return static_cast<double>(f.contract_rounds[gov(Governance::Market)]); }},
        {"network_contract_rounds", "rounds holding a network contract", [](const FirmOutcome& f) { return static_cast<double>(f.contract_rounds[gov(Governance::Network)]); }},
        {"quasi_hierarchy_contract_rounds", "rounds holding a quasi-hierarchy contract", [](const FirmOutcome& f) { return static_cast<double>(f.contract_rounds[gov(Governance::QuasiHierarchy)]); }},
        {"hierarchy_contract_rounds", "rounds holding a hierarchy contract", [](const FirmOutcome& f) { return static_cast<double>(f.contract_rounds[gov(Governance::Hierarchy)]); }},
        {"high_road_end", "share of firms on the high road at the end", [](const FirmOutcome& f) { return f.road_end == Road::HighRoad ? 1.0 : 0.0; }},
        {"low_road_end", "share of firms on the low road at the end", [](const FirmOutcome& f) { return f.road_end == Road::LowRoad ? 1.0 : 0.0; }},
    };
    return metrics;
}

const std::vector<ClusterMetric>& cluster_metrics() {
    static const std::vector<ClusterMetric> metrics{
        {"capability_end", "mean capability of the cluster's firms at the end", [](const GameOutcome& g) { return average(g.cluster.cap_end); }},
        {"upgrading", "mean capability gain of the cluster's firms (four types)", [](const GameOutcome& g) { return cluster_upgrading(g); }},
        {"wage_end", "the cluster's average relative wage at the end", [](const GameOutcome& g) { return g.cluster.wage_end; }},
        {"wage_change", "average relative wage, end minus start", [](const GameOutcome& g) { return g.cluster.wage_end - g.cluster.wage_start; }},
        {"exports_end", "cluster exports in the last round, thousand units", [](const GameOutcome& g) { return g.cluster.exports_end; }},
        {"employment_end", "cluster employment in the last round, workers", [](const GameOutcome& g) { return g.cluster.employment_end; }},
        {"value_added_per_worker_end", "value added per worker in the last round, k$", [](const GameOutcome& g) { return g.cluster.value_added_per_worker_end; }},
        {"cluster_share_of_price_end", "share of the final price captured in the cluster, last round", [](const GameOutcome& g) { return g.cluster.cluster_share_end; }},
        {"active_firms_end", "firms not bankrupt at the end", [](const GameOutcome& g) { return static_cast<double>(g.cluster.active_end); }},
        {"public_spent_k", "public money spent over the game, k$", [](const GameOutcome& g) { return to_k(g.cluster.public_spent); }},
        {"high_road_end", "share of games whose cluster ends on the high road", [](const GameOutcome& g) { return g.cluster.road_end == Road::HighRoad ? 1.0 : 0.0; }},
        {"low_road_end", "share of games whose cluster ends on the low road", [](const GameOutcome& g) { return g.cluster.road_end == Road::LowRoad ? 1.0 : 0.0; }},
    };
    return metrics;
}
// clang-format on

} // namespace hr::sim
