#pragma once
// Every field of GameState, listed once per type in a fixed order. The hash (state_hash.cpp) and
// the save file (save_game.cpp) both walk these lists, so a field added here is hashed and saved,
// and one forgotten here is caught by the save/load round-trip test.
#include "core/game_state.hpp"

#include <type_traits>

namespace hr {

template <class T> struct Fields;

template <class T>
concept Described = requires {
    Fields<std::remove_const_t<T>>::described;
};

template <> struct Fields<Capabilities> {
    static constexpr bool described = true;
    template <class V, class T> static void visit(V& v, T& x) { v("level", x.level); }
};

template <> struct Fields<Workforce> {
    static constexpr bool described = true;
    template <class V, class T> static void visit(V& v, T& x) {
        v("wage", x.wage);
        v("skill", x.skill);
        v("employment", x.employment);
    }
};

template <> struct Fields<Clauses> {
    static constexpr bool described = true;
    template <class V, class T> static void visit(V& v, T& x) {
        v("exclusivity", x.exclusivity);
        v("no_own_brand", x.no_own_brand);
        v("no_own_design", x.no_own_design);
        v("technical_help", x.technical_help);
        v("acquisition", x.acquisition);
    }
};

template <> struct Fields<BuyerOffer> {
    static constexpr bool described = true;
    template <class V, class T> static void visit(V& v, T& x) {
        v("id", x.id);
        v("firm", x.firm);
        v("buyer_id", x.buyer_id);
        v("kind", x.kind);
        v("governance", x.governance);
        v("chain", x.chain);
        v("volume", x.volume);
        v("unit_price", x.unit_price);
        v("quality_standard", x.quality_standard);
        v("requires_certification", x.requires_certification);
        v("duration", x.duration);
        v("clauses", x.clauses);
        v("acquisition_price", x.acquisition_price);
        v("round", x.round);
    }
};

template <> struct Fields<Contract> {
    static constexpr bool described = true;
    template <class V, class T> static void visit(V& v, T& x) {
        v("id", x.id);
        v("terms", x.terms);
        v("first_round", x.first_round);
        v("last_round", x.last_round);
    }
};

template <> struct Fields<JointAction> {
    static constexpr bool described = true;
    template <class V, class T> static void visit(V& v, T& x) {
        v("id", x.id);
        v("type", x.type);
        v("proposer", x.proposer);
        v("proposed_round", x.proposed_round);
        v("members", x.members);
        v("max_share", x.max_share);
        v("active", x.active);
        v("rounds_active", x.rounds_active);
        v("reputation", x.reputation);
        v("vetoed", x.vetoed);
        v("catalogue", x.catalogue);
    }
};

template <> struct Fields<PolicySettings> {
    static constexpr bool described = true;
    template <class V, class T> static void visit(V& v, T& x) {
        v("cofinancing_share", x.cofinancing_share);
        v("grant_per_firm", x.grant_per_firm);
        v("grant_recipients", x.grant_recipients);
        v("service_centre", x.service_centre);
        v("training_programme", x.training_programme);
        v("export_promotion", x.export_promotion);
    }
};

template <> struct Fields<FirmRecord> {
    static constexpr bool described = true;
    template <class V, class T> static void visit(V& v, T& x) {
        v("round", x.round);
        v("wage", x.wage);
        v("skill", x.skill);
        v("employment", x.employment);
        v("exports", x.exports);
        v("volume", x.volume);
        v("unit_value", x.unit_value);
        v("revenue", x.revenue);
        v("profit", x.profit);
        v("cash", x.cash);
        v("value_added_per_worker", x.value_added_per_worker);
        v("capabilities", x.capabilities);
        v("road", x.road);
    }
};

template <> struct Fields<Firm> {
    static constexpr bool described = true;
    template <class V, class T> static void visit(V& v, T& x) {
        v("id", x.id);
        v("name", x.name);
        v("lead_firm", x.lead_firm);
        v("bankrupt", x.bankrupt);
        v("bankrupt_round", x.bankrupt_round);
        v("acquired", x.acquired);
        v("cash", x.cash);
        v("capacity", x.capacity);
        v("capabilities", x.capabilities);
        v("workforce", x.workforce);
        v("certified", x.certified);
        v("own_design", x.own_design);
        v("brand_rounds", x.brand_rounds);
        v("cumulative_profit", x.cumulative_profit);
        v("wages_paid", x.wages_paid);
        v("history", x.history);
    }
};

template <> struct Fields<MarketConditions> {
    static constexpr bool described = true;
    template <class V, class T> static void visit(V& v, T& x) {
        v("p_comp", x.p_comp);
        v("competitor_drift", x.competitor_drift);
        v("demand_low_factor", x.demand_low_factor);
        v("demand_brand_factor", x.demand_brand_factor);
        v("input_cost_factor", x.input_cost_factor);
        v("exchange_rate_factor", x.exchange_rate_factor);
        v("skill_pool", x.skill_pool);
        v("frontier", x.frontier);
        v("relocation_pressure", x.relocation_pressure);
    }
};

template <> struct Fields<ClusterRecord> {
    static constexpr bool described = true;
    template <class V, class T> static void visit(V& v, T& x) {
        v("round", x.round);
        v("avg_wage", x.avg_wage);
        v("employment", x.employment);
        v("exports", x.exports);
        v("unit_value", x.unit_value);
        v("value_added_per_worker", x.value_added_per_worker);
        v("cluster_share_of_price", x.cluster_share_of_price);
        v("avg_capabilities", x.avg_capabilities);
        v("skill_pool", x.skill_pool);
        v("active_firms", x.active_firms);
        v("road", x.road);
    }
};

// The scenario is not a field: it is identified by id and handed in on load.
template <> struct Fields<GameState> {
    static constexpr bool described = true;
    template <class V, class T> static void visit(V& v, T& x) {
        v("seed", x.seed);
        v("round", x.round);
        v("total_rounds", x.total_rounds);
        v("rng", x.rng);
        v("firms", x.firms);
        v("offers", x.offers);
        v("contracts", x.contracts);
        v("joint_actions", x.joint_actions);
        v("policy", x.policy);
        v("public_budget", x.public_budget);
        v("public_spent", x.public_spent);
        v("market", x.market);
        v("cluster_history", x.cluster_history);
        v("next_offer_id", x.next_offer_id);
        v("next_contract_id", x.next_contract_id);
        v("next_joint_action_id", x.next_joint_action_id);
    }
};

} // namespace hr
