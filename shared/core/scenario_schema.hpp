#pragma once
// The scenario schema, version 1 (docs/SCENARIOS.md), written once as a list of fields with their
// JSON name, range and whether they are required. The loader walks it with a reader that checks
// and fills a Scenario, scenario_to_json with a writer; so the two cannot disagree.
// Money is written in k$ in the files, as in MODEL.md, and kept in minor units in memory.
#include "core/concepts.hpp"
#include "core/scenario.hpp"

#include <array>
#include <string_view>
#include <utility>

namespace hr::schema {

enum class Need { Required, Optional };

struct Range {
    double lo = 0;
    double hi = 0;
    bool lo_open = false; // lo itself is not allowed
};

constexpr double kMaxMoneyK = 1e7; // k$: far above any cluster, far below Money's limits
constexpr double kMaxVolume = 1e7; // thousand units
constexpr std::size_t kMaxName = 80;

constexpr Range kShare{0, 1};
constexpr Range kPositiveMoney{0, kMaxMoneyK, true};
constexpr Range kMoney{0, kMaxMoneyK};
constexpr Range kVolume{0, kMaxVolume};
constexpr Range kFactor{0, 10};

template <class P, class V> void visit_params(P& p, V& v) {
    // Upgrading
    v.number("eta", p.eta, Range{0, 5});
    v.number("c_scale", p.c_scale, Range{0, 1000, true});
    v.number("delta", p.delta, Range{0, 0.5});
    v.number("ext", p.ext, Range{0, 5});
    v.number("jmax", p.jmax, Range{0, 5});
    v.number("sigma", p.sigma, kShare);
    v.number("learning_pull", p.learning_pull, kShare);
    v.number("service_centre_bonus", p.service_centre_bonus, Range{0, 5});
    // Workforce
    v.number("skill_speed", p.skill_speed, kShare);
    v.number("wage_skill", p.wage_skill, Range{0, 5});
    v.number("training_skill", p.training_skill, Range{0, 5});
    v.number("pool_skill", p.pool_skill, Range{0, 5});
    v.number("a0", p.a0, Range{0, 100, true});
    v.money("w0", p.w0, kMoney);
    v.number("max_wage_change", p.max_wage_change, Range{0, 0.9});
    v.number("turnover_per_cut", p.turnover_per_cut, Range{0, 5});
    v.number("pool_speed", p.pool_speed, kShare);
    v.money("training_scale", p.training_scale, kPositiveMoney);
    // Costs
    v.money("m0", p.m0, kMoney);
    v.money("fixed_cost", p.fixed_cost, kMoney);
    v.number("capacity_growth", p.capacity_growth, kShare);
    // Low-end export market
    v.money("p_ref", p.p_ref, kPositiveMoney);
    v.money("p_comp", p.p_comp, kPositiveMoney);
    v.number("q_comp", p.q_comp, kShare);
    v.number("demand_low", p.demand_low, kVolume);
    v.number("n_out", p.n_out, Range{0, 1e6, true});
    v.number("beta", p.beta, Range{0, 100});
    v.number("default_markup", p.default_markup, Range{0, 5});
    // Own brand
    v.money("p_brand", p.p_brand, kPositiveMoney);
    v.money("c_brand", p.c_brand, kMoney);
    v.number("f_min", p.f_min, Range{0, 0.99});
    v.number("demand_brand", p.demand_brand, kVolume);
    v.number("brand_capacity_share", p.brand_capacity_share, kShare);
    v.number("brand_price_sensitivity", p.brand_price_sensitivity, Range{0, 20});
    v.money("brand_fixed_cost", p.brand_fixed_cost, kMoney);
    v.integer("brand_ramp_rounds", p.brand_ramp_rounds, Range{0, 50});
    // Adjacent sector
    v.number("i_min", p.i_min, Range{0, 0.99});
    v.money("p_adjacent", p.p_adjacent, kPositiveMoney);
    v.number("demand_adjacent", p.demand_adjacent, kVolume);
    v.number("adjacent_capacity_share", p.adjacent_capacity_share, kShare);
    // Contracts
    v.number("quasi_price_factor", p.quasi_price_factor, Range{0, 10, true});
    v.number("reject_slope", p.reject_slope, Range{0, 100});
    v.number("quasi_functional_decay", p.quasi_functional_decay, kShare);
    v.number("max_contract_share", p.max_contract_share, Range{0, 1, true});
    // Joint-action effects
    v.number("purchasing_discount", p.purchasing_discount, Range{0, 0.9});
    v.number("label_premium", p.label_premium, Range{0, 5});
    v.number("label_functional", p.label_functional, Range{0, 5});
    v.number("label_reputation_gain", p.label_reputation_gain, kShare);
    v.number("label_reputation_loss", p.label_reputation_loss, Range{0, 10});
    v.number("label_start_reputation", p.label_start_reputation, kShare);
    v.number("label_fmin_relief", p.label_fmin_relief, kShare);
    v.number("fair_offer_bonus", p.fair_offer_bonus, Range{0, 5});
    v.number("fair_brand_demand", p.fair_brand_demand, Range{0, 5});
    v.number("fair_price_bonus", p.fair_price_bonus, kShare);
    v.number("fair_functional", p.fair_functional, Range{0, 5});
    v.number("research_product", p.research_product, Range{0, 5});
    v.number("consultants_process", p.consultants_process, Range{0, 5});
    v.number("standards_process", p.standards_process, Range{0, 5});
    v.number("standards_product", p.standards_product, Range{0, 5});
    v.number("learning_effect", p.learning_effect, Range{0, 5});
    v.number("joint_running_cost", p.joint_running_cost, kShare);
    // Policy
    v.money("export_promotion_scale", p.export_promotion_scale, kPositiveMoney);
    v.number("export_access_max", p.export_access_max, Range{0, 5});
    // Value chain
    v.per_stage("chain_template", p.chain_template, kShare);
    v.number("local_input_share", p.local_input_share, kShare);
    // Indicators and score
    v.integer("road_window", p.road_window, Range{1, 10});
    v.number("asset_value", p.asset_value, Range{0, 1000});
    // Finance
    v.money("credit_line", p.credit_line, Range{-kMaxMoneyK, 0});
}

template <class B, class V> void visit_buyer(B& b, V& v) {
    v.id("id", b.id, Need::Required);
    v.localized("name", b.name, Need::Required);
    v.localized("description", b.description, Need::Optional);
    v.choice("kind", b.kind, Need::Required);
    v.choice("governance", b.governance, Need::Required);
    v.choice("chain", b.chain, Need::Required);
    v.number("volume", b.volume, kVolume);
    v.number("volume_noise", b.volume_noise, kShare);
    v.number("price_factor", b.price_factor, Range{0, 10, true});
    v.number("quality_standard", b.quality_standard, kShare);
    v.flag("requires_certification", b.requires_certification);
    v.integer("duration", b.duration, Range{1, 50});
    using Flag = decltype(&b.exclusivity); // bool* when reading, const bool* when writing
    const std::array<std::pair<std::string_view, Flag>, 5> clauses{{
        {"exclusivity", &b.exclusivity},
        {"no_own_brand", &b.no_own_brand},
        {"no_own_design", &b.no_own_design},
        {"technical_help", &b.technical_help},
        {"acquisition", &b.acquisition},
    }};
    v.flag_set("clauses", clauses);
    v.number("relocation_threshold", b.relocation_threshold, Range{0, 10});
    v.per_upgrade("help", b.help, Range{-1, 2});
    v.flag("dislikes_branding", b.dislikes_branding);
    v.number("acquisition_multiple", b.acquisition_multiple, Range{0, 20});
    v.number("min_product", b.min_product, kShare);
    v.number("offer_probability", b.offer_probability, kShare);
    v.integer("first_round", b.first_round, Range{1, 50});
}

template <class J, class V> void visit_joint_action(J& j, V& v) {
    v.choice("type", j.type, Need::Required);
    v.localized("name", j.name, Need::Required);
    v.money("total_cost", j.total_cost, kMoney);
    v.integer("min_members", j.min_members, Range{1, 16});
    v.number("member_effect", j.member_effect, Range{0, 5});
    v.number("spillover", j.spillover, kShare);
    v.flag("needs_policy", j.needs_policy);
    v.number("quality_standard", j.quality_standard, kShare);
}

template <class E, class V> void visit_event(E& e, V& v) {
    v.id("id", e.id, Need::Required);
    v.localized("title", e.title, Need::Required);
    v.localized("description", e.description, Need::Required);
    v.choice("kind", e.kind, Need::Required);
    v.number("magnitude", e.magnitude, Range{-1, 5});
    v.number("drift", e.drift, Range{-0.5, 0.5});
    v.integer("scheduled_round", e.scheduled_round, Range{0, 50});
    v.flag("injectable", e.injectable);
}

template <class F, class V> void visit_firm(F& f, V& v) {
    v.text("name", f.name, kMaxName, Need::Required);
    v.money("cash", f.cash, kMoney);
    v.number("capacity", f.capacity, Range{0, 1e5, true});
    v.per_upgrade("capabilities", f.capabilities, kShare);
    v.number("wage", f.wage, Range{0.2, 3});
    v.number("skill", f.skill, kShare);
    v.flag("lead_firm", f.lead_firm);
}

template <class P, class V> void visit_policy(P& p, V& v) {
    v.money("budget", p.budget, kMoney);
    v.number("max_cofinancing", p.max_cofinancing, kShare);
    v.money("service_centre_cost", p.service_centre_cost, kMoney);
}

template <class S, class V> void visit_score(S& s, V& v) {
    v.number("profit", s.profit, kFactor);
    v.number("firm_value", s.firm_value, kFactor);
    v.number("community_income", s.community_income, kFactor);
}

// Everything but schema_version, which the reader checks first and the writer writes first.
template <class S, class V> void visit_scenario(S& s, V& v) {
    v.id("id", s.id, Need::Required);
    v.localized("title", s.title, Need::Required);
    v.localized("briefing", s.briefing, Need::Required);
    v.integer("rounds", s.rounds, Range{1, 50}, Need::Required);
    v.integer("min_firms", s.min_firms, Range{3, 16});
    v.integer("max_firms", s.max_firms, Range{3, 16});
    v.integer("default_firms", s.default_firms, Range{3, 16});
    v.object("params", s.params, Need::Optional, [](auto& x, auto& xv) { visit_params(x, xv); });
    v.list("buyers", s.buyers, 0, 32, Need::Required,
           [](auto& x, auto& xv) { visit_buyer(x, xv); });
    v.list("joint_actions", s.joint_actions, 0, 16, Need::Required,
           [](auto& x, auto& xv) { visit_joint_action(x, xv); });
    v.list("events", s.events, 0, 64, Need::Required,
           [](auto& x, auto& xv) { visit_event(x, xv); });
    v.list("firms", s.firms, 1, 16, Need::Required, [](auto& x, auto& xv) { visit_firm(x, xv); });
    v.object("policy", s.policy, Need::Optional, [](auto& x, auto& xv) { visit_policy(x, xv); });
    v.object("score", s.score, Need::Optional, [](auto& x, auto& xv) { visit_score(x, xv); });
}

} // namespace hr::schema
