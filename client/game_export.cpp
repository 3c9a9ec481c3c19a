#include "game_export.hpp"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iomanip>
#include <locale>
#include <nlohmann/json.hpp>
#include <sstream>

namespace hr::client {

namespace {

using nlohmann::ordered_json;

constexpr std::array<std::string_view, kPolicyLevers> kLeverIds{
    "cofinancing", "grants", "service_centre", "training", "export_promotion"};

std::string_view seat_id(proto::SeatKind seat) {
    switch (seat) {
    case proto::SeatKind::Open:
        return "open";
    case proto::SeatKind::Human:
        return "human";
    case proto::SeatKind::Bot:
        return "bot";
    }
    return "open";
}

// RFC 4180: quote a field that holds a comma, a quote or a line break; double inner quotes.
std::string csv_field(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
        return std::string(text);
    }
    std::string out = "\"";
    for (char ch : text) {
        out += ch;
        if (ch == '"') {
            out += '"';
        }
    }
    return out + "\"";
}

std::string number(double v) {
    std::ostringstream out;
    out.imbue(std::locale::classic());
    out << std::setprecision(10) << v;
    return out.str();
}

const RoundFacts* facts_for(const GameRecord& game, int round) {
    for (const auto& r : game.input.rounds) {
        if (r.round == round) {
            return &r;
        }
    }
    return nullptr;
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

} // namespace

std::filesystem::path default_export_dir() {
    const char* home = std::getenv("HOME");
    std::filesystem::path base =
        home != nullptr && *home != '\0' ? std::filesystem::path(home) : std::filesystem::path(".");
    return base / "HighRoad-exports";
}

std::string firm_rounds_csv(const GameRecord& game) {
    std::ostringstream out;
    out << "round,firm,name,seat,road,wage,skill,employment,exports,volume,unit_value,revenue,"
           "profit,cash,value_added_per_worker,process,product,functional,intersectoral,"
           "joint_actions,contracts_market,contracts_network,contracts_quasi_hierarchy,"
           "contracts_hierarchy\r\n";
    for (const auto& score : game.game_over.scores) {
        for (const auto& r : score.history) {
            std::string joint;
            std::array<int, kGovernanceTypes> contracts{};
            if (const RoundFacts* facts = facts_for(game, r.round)) {
                if (score.firm < facts->joint_actions.size()) {
                    for (JointActionType t : facts->joint_actions[score.firm]) {
                        joint += (joint.empty() ? "" : ";") + std::string(to_string(t));
                    }
                }
                if (score.firm < facts->contracts.size()) {
                    for (std::size_t g = 0; g < kGovernanceTypes; ++g) {
                        contracts[g] = facts->contracts[score.firm][g];
                    }
                }
            }
            out << r.round << ',' << score.firm << ',' << csv_field(score.name) << ','
                << seat_id(score.seat) << ',' << to_string(r.road) << ',' << number(r.wage) << ','
                << number(r.skill) << ',' << number(r.employment) << ',' << number(r.exports) << ','
                << number(r.volume) << ',' << number(r.unit_value) << ',' << r.revenue << ','
                << r.profit << ',' << r.cash << ',' << number(r.value_added_per_worker);
            for (UpgradeType t : kAllUpgradeTypes) {
                out << ',' << number(r.capabilities[t]);
            }
            out << ',' << csv_field(joint);
            for (int n : contracts) {
                out << ',' << n;
            }
            out << "\r\n";
        }
    }
    return out.str();
}

std::string game_json(const GameRecord& game, const DebriefAnswers& answers) {
    const proto::GameOver& over = game.game_over;
    char hash[17];
    std::snprintf(hash, sizeof hash, "%016llx", static_cast<unsigned long long>(over.state_hash));
    ordered_json firms = ordered_json::array();
    for (const auto& s : over.scores) {
        ordered_json history = ordered_json::array();
        for (const auto& r : s.history) {
            history.push_back(record_json(r));
        }
        firms.push_back({{"id", s.firm},
                         {"name", s.name},
                         {"seat", seat_id(s.seat)},
                         {"road", to_string(s.road)},
                         {"score",
                          {{"profit", s.score.profit},
                           {"firm_value", s.score.firm_value},
                           {"community_income", s.score.community_income},
                           {"total", s.score.total}}},
                         {"history", history}});
    }
    ordered_json cluster = ordered_json::array();
    for (const auto& c : over.cluster_history) {
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
    ordered_json rounds = ordered_json::array();
    for (const auto& r : game.results) {
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
    ordered_json doc{
        {"format", "highroad-game"},
        {"version", 1},
        {"room", game.room_code},
        {"scenario", game.scenario},
        {"end", over.end == proto::GameEnd::Completed ? "completed" : "ended_by_facilitator"},
        {"rounds_played", over.rounds_played},
        {"state_hash", hash},
        {"public_budget", game.input.public_budget},
        {"public_spent", over.public_spent},
        {"firms", firms},
        {"cluster", cluster},
        {"rounds", rounds},
        {"research", answers_json(answers)}};
    return doc.dump(2) + "\n";
}

ExportOutcome export_game(const GameRecord& game, const DebriefAnswers& answers,
                          const std::filesystem::path& dir) {
    ExportOutcome outcome;
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) {
        outcome.problem = dir.string() + ": " + ec.message();
        return outcome;
    }
    std::string stem = game.room_code.empty() ? "highroad" : game.room_code;
    const std::array<std::pair<std::filesystem::path, std::string>, 2> files{{
        {dir / (stem + "-firm-rounds.csv"), firm_rounds_csv(game)},
        {dir / (stem + "-game.json"), game_json(game, answers)},
    }};
    for (const auto& [path, text] : files) {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out << text;
        out.close();
        if (!out) {
            outcome.problem = "cannot write " + path.string();
            return outcome;
        }
        outcome.files.push_back(path);
    }
    return outcome;
}

} // namespace hr::client
