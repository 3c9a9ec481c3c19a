#include "csv_rows.hpp"

#include "core/concepts.hpp"

#include <algorithm>
#include <array>
#include <charconv>

namespace hr::sim {

namespace {

struct Row {
    std::uint64_t game;
    std::uint64_t seed;
    FirmId firm;
    const Seat& seat;
    const Decision& decision;
    bool valid;
    int offers_on_table;
    const FirmResult& result;
    const RoundResult& round;
    const Firm& after;
    const MarketConditions& market;
};

void put(std::string& out, double x) {
    std::array<char, 32> buf{};
    const auto r =
        std::to_chars(buf.data(), buf.data() + buf.size(), x, std::chars_format::general, 6);
    out.append(buf.data(), r.ptr);
}

void put(std::string& out, std::int64_t x) {
    std::array<char, 24> buf{};
    const auto r = std::to_chars(buf.data(), buf.data() + buf.size(), x);
    out.append(buf.data(), r.ptr);
}

void put_u(std::string& out, std::uint64_t x) {
    std::array<char, 24> buf{};
    const auto r = std::to_chars(buf.data(), buf.data() + buf.size(), x);
    out.append(buf.data(), r.ptr);
}

void put_b(std::string& out, bool x) {
    out.push_back(x ? '1' : '0');
}

void put_s(std::string& out, std::string_view s) {
    out.append(s);
}

using Writer = void (*)(std::string&, const Row&);

struct Column {
    std::string_view name;
    Writer write;
};

constexpr std::size_t ch(SalesChannel c) {
    return static_cast<std::size_t>(c);
}
constexpr std::size_t up(UpgradeType t) {
    return static_cast<std::size_t>(t);
}

// clang-format off
const std::array kColumns{
    Column{"game", [](std::string& o, const Row& r) { put_u(o, r.game); }},
    Column{"seed", [](std::string& o, const Row& r) { put_u(o, r.seed); }},
    Column{"round", [](std::string& o, const Row& r) { put(o, std::int64_t{r.round.round}); }},
    Column{"firm", [](std::string& o, const Row& r) { put(o, std::int64_t{r.firm}); }},
    Column{"archetype", [](std::string& o, const Row& r) { put_s(o, to_string(r.seat.archetype)); }},
    Column{"difficulty", [](std::string& o, const Row& r) { put_s(o, to_string(r.seat.difficulty)); }},
    Column{"group", [](std::string& o, const Row& r) { put(o, std::int64_t{r.seat.group}); }},
    Column{"decision_valid", [](std::string& o, const Row& r) { put_b(o, r.valid); }},
    Column{"wage_change", [](std::string& o, const Row& r) { put(o, r.decision.wage_change); }},
    Column{"invest_process", [](std::string& o, const Row& r) { put(o, r.decision.invest[up(UpgradeType::Process)]); }},
    Column{"invest_product", [](std::string& o, const Row& r) { put(o, r.decision.invest[up(UpgradeType::Product)]); }},
    Column{"invest_functional", [](std::string& o, const Row& r) { put(o, r.decision.invest[up(UpgradeType::Functional)]); }},
    Column{"invest_intersectoral", [](std::string& o, const Row& r) { put(o, r.decision.invest[up(UpgradeType::Intersectoral)]); }},
    Column{"invest_training", [](std::string& o, const Row& r) { put(o, r.decision.training); }},
    Column{"markup", [](std::string& o, const Row& r) { put(o, r.decision.markup); }},
    Column{"sell_own_brand", [](std::string& o, const Row& r) { put_b(o, r.decision.sell_own_brand); }},
    Column{"own_brand_price", [](std::string& o, const Row& r) { put(o, r.decision.own_brand_price); }},
    Column{"sell_adjacent", [](std::string& o, const Row& r) { put_b(o, r.decision.sell_adjacent); }},
    Column{"offers_on_table", [](std::string& o, const Row& r) { put(o, std::int64_t{r.offers_on_table}); }},
    Column{"offers_accepted", [](std::string& o, const Row& r) { put(o, static_cast<std::int64_t>(r.decision.accept.size())); }},
    Column{"proposals", [](std::string& o, const Row& r) { put(o, static_cast<std::int64_t>(r.decision.propose.size())); }},
    Column{"joins", [](std::string& o, const Row& r) { put(o, static_cast<std::int64_t>(r.decision.join.size())); }},
    Column{"leaves", [](std::string& o, const Row& r) { put(o, static_cast<std::int64_t>(r.decision.leave.size())); }},
    Column{"active", [](std::string& o, const Row& r) { put_b(o, r.result.active); }},
    Column{"went_bankrupt", [](std::string& o, const Row& r) { put_b(o, r.result.went_bankrupt); }},
    Column{"was_acquired", [](std::string& o, const Row& r) { put_b(o, r.result.was_acquired); }},
    Column{"volume_contract", [](std::string& o, const Row& r) { put(o, r.result.volume[ch(SalesChannel::Contract)]); }},
    Column{"volume_low_end", [](std::string& o, const Row& r) { put(o, r.result.volume[ch(SalesChannel::LowEndExport)]); }},
    Column{"volume_own_brand", [](std::string& o, const Row& r) { put(o, r.result.volume[ch(SalesChannel::OwnBrand)]); }},
    Column{"volume_adjacent", [](std::string& o, const Row& r) { put(o, r.result.volume[ch(SalesChannel::AdjacentSector)]); }},
    Column{"revenue_contract", [](std::string& o, const Row& r) { put(o, r.result.revenue[ch(SalesChannel::Contract)]); }},
    Column{"revenue_low_end", [](std::string& o, const Row& r) { put(o, r.result.revenue[ch(SalesChannel::LowEndExport)]); }},
    Column{"revenue_own_brand", [](std::string& o, const Row& r) { put(o, r.result.revenue[ch(SalesChannel::OwnBrand)]); }},
    Column{"revenue_adjacent", [](std::string& o, const Row& r) { put(o, r.result.revenue[ch(SalesChannel::AdjacentSector)]); }},
    Column{"rejected_volume", [](std::string& o, const Row& r) { put(o, r.result.rejected_volume); }},
    Column{"acquisition_income", [](std::string& o, const Row& r) { put(o, r.result.acquisition_income); }},
    Column{"wage_bill", [](std::string& o, const Row& r) { put(o, r.result.wage_bill); }},
    Column{"input_cost", [](std::string& o, const Row& r) { put(o, r.result.input_cost); }},
    Column{"brand_cost", [](std::string& o, const Row& r) { put(o, r.result.brand_cost); }},
    Column{"fixed_cost", [](std::string& o, const Row& r) { put(o, r.result.fixed_cost); }},
    Column{"investment_paid", [](std::string& o, const Row& r) {
        Money total = 0;
        for (Money m : r.result.investment) { total += m; }
        put(o, total);
    }},
    Column{"training_paid", [](std::string& o, const Row& r) { put(o, r.result.training); }},
    Column{"joint_action_shares", [](std::string& o, const Row& r) { put(o, r.result.joint_action_shares); }},
    Column{"grants", [](std::string& o, const Row& r) { put(o, r.result.grants); }},
    Column{"profit", [](std::string& o, const Row& r) { put(o, r.result.profit); }},
    Column{"cash", [](std::string& o, const Row& r) { put(o, r.result.cash_after); }},
    Column{"unit_cost", [](std::string& o, const Row& r) { put(o, r.result.unit_cost); }},
    Column{"wage", [](std::string& o, const Row& r) { put(o, r.result.record.wage); }},
    Column{"skill", [](std::string& o, const Row& r) { put(o, r.result.record.skill); }},
    Column{"employment", [](std::string& o, const Row& r) { put(o, r.result.record.employment); }},
    Column{"laid_off", [](std::string& o, const Row& r) { put(o, r.result.laid_off); }},
    Column{"capacity", [](std::string& o, const Row& r) { put(o, r.after.capacity); }},
    Column{"exports", [](std::string& o, const Row& r) { put(o, r.result.record.exports); }},
    Column{"volume", [](std::string& o, const Row& r) { put(o, r.result.record.volume); }},
    Column{"unit_value", [](std::string& o, const Row& r) { put(o, r.result.record.unit_value); }},
    Column{"value_added_per_worker", [](std::string& o, const Row& r) { put(o, r.result.record.value_added_per_worker); }},
    Column{"cap_process", [](std::string& o, const Row& r) { put(o, r.result.record.capabilities[UpgradeType::Process]); }},
    Column{"cap_product", [](std::string& o, const Row& r) { put(o, r.result.record.capabilities[UpgradeType::Product]); }},
    Column{"cap_functional", [](std::string& o, const Row& r) { put(o, r.result.record.capabilities[UpgradeType::Functional]); }},
    Column{"cap_intersectoral", [](std::string& o, const Row& r) { put(o, r.result.record.capabilities[UpgradeType::Intersectoral]); }},
    Column{"certified", [](std::string& o, const Row& r) { put_b(o, r.after.certified); }},
    Column{"joint_actions_member", [](std::string& o, const Row& r) { put(o, static_cast<std::int64_t>(r.result.member_of.size())); }},
    Column{"contracts_held", [](std::string& o, const Row& r) { put(o, static_cast<std::int64_t>(r.result.contracts.size())); }},
    Column{"firm_share_of_price", [](std::string& o, const Row& r) { put(o, r.result.value_chain.firm_share()); }},
    Column{"road", [](std::string& o, const Row& r) { put_s(o, to_string(r.result.road.road)); }},
    Column{"score", [](std::string& o, const Row& r) { put(o, r.result.score.total); }},
    Column{"cluster_road", [](std::string& o, const Row& r) { put_s(o, to_string(r.round.cluster.road)); }},
    Column{"cluster_avg_wage", [](std::string& o, const Row& r) { put(o, r.round.cluster.avg_wage); }},
    Column{"cluster_skill_pool", [](std::string& o, const Row& r) { put(o, r.round.cluster.skill_pool); }},
    Column{"cluster_share_of_price", [](std::string& o, const Row& r) { put(o, r.round.cluster.cluster_share_of_price); }},
    Column{"competitor_price", [](std::string& o, const Row& r) { put(o, r.market.p_comp); }},
    Column{"public_spent_round", [](std::string& o, const Row& r) { put(o, r.round.public_spent); }},
};
// clang-format on

} // namespace

std::vector<std::string_view> csv_columns() {
    std::vector<std::string_view> out;
    out.reserve(kColumns.size());
    for (const auto& c : kColumns) {
        out.push_back(c.name);
    }
    return out;
}

std::string csv_header() {
    std::string out;
    for (const auto& c : kColumns) {
        out += out.empty() ? "" : ",";
        out += c.name;
    }
    out += '\n';
    return out;
}

namespace {
// What a bankrupt firm's row shows as its decision: nothing decided.
const Decision kNoDecision{};
} // namespace

void append_csv_rows(std::string& out, std::uint64_t game, std::uint64_t seed,
                     const std::vector<Seat>& seats, const RoundView& view) {
    const RoundResult& round = view.outcome.result;
    const GameState& after = view.outcome.state;
    const std::size_t n = std::min({seats.size(), round.firms.size(), after.firms.size()});
    for (std::size_t i = 0; i < n; ++i) {
        const Row row{game,
                      seed,
                      static_cast<FirmId>(i),
                      seats[i],
                      view.decisions[i] ? *view.decisions[i] : kNoDecision,
                      view.valid[i] != 0,
                      view.offers_on_table[i],
                      round.firms[i],
                      round,
                      after.firms[i],
                      after.market};
        bool first = true;
        for (const auto& c : kColumns) {
            if (!first) {
                out.push_back(',');
            }
            first = false;
            c.write(out, row);
        }
        out.push_back('\n');
    }
}

} // namespace hr::sim
