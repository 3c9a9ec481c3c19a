// Which buyer offers a bot accepts: the archetype's governance types and clauses, the firm's
// capacity, and, for bots that look ahead, whether the firm can meet the standard and the price
// covers its cost.
#include "core/bot_parts.hpp"

#include <algorithm>
#include <array>

namespace hr::bot_detail {

namespace {

bool in_distress(const BotView& v) {
    return v.firm.cash < 0 || (!v.firm.history.empty() && v.firm.history.back().profit < 0 &&
                               v.firm.cash < v.params.fixed_cost);
}

bool acceptable(const BotView& v, const BotProfile& p, const BuyerOffer& o) {
    if (o.clauses.acquisition) {
        return p.accepts[static_cast<std::size_t>(Governance::Hierarchy)] ||
               (p.accepts_acquisition_in_distress && in_distress(v));
    }
    if (!p.accepts[static_cast<std::size_t>(o.governance)]) {
        return false;
    }
    if ((o.clauses.no_own_brand && !p.accepts_no_own_brand) ||
        (o.clauses.no_own_design && !p.accepts_no_own_design)) {
        return false;
    }
    if (o.requires_certification && !v.firm.certified) {
        return false;
    }
    if (v.difficulty == Difficulty::Easy) {
        return true;
    }
    // Rejected deliveries are not paid: keep clear of standards well above the firm's quality.
    const double margin = v.difficulty == Difficulty::Hard ? 0.0 : 0.05;
    if (o.quality_standard > v.firm.capabilities[UpgradeType::Product] + margin) {
        return false;
    }
    return v.difficulty != Difficulty::Hard || static_cast<double>(o.unit_price) >= v.unit_cost;
}

} // namespace

bool choose_offers(const BotView& v, const BotProfile& p, Decision& d) {
    if (v.firm.acquired) {
        return false; // an acquired firm sells only to its owner
    }
    // A bot weighs at most the first kMaxOffers offers of its table (there are a handful).
    constexpr std::size_t kMaxOffers = 32;
    std::array<const BuyerOffer*, kMaxOffers> mine{};
    std::size_t count = 0;
    for (const auto& o : v.state.offers) {
        if (o.firm == v.firm.id && o.round == v.round && count < kMaxOffers) {
            mine[count++] = &o;
        }
    }
    // Most valuable first; the id breaks ties so the order never depends on the container.
    std::sort(mine.begin(), mine.begin() + static_cast<std::ptrdiff_t>(count),
              [](const BuyerOffer* a, const BuyerOffer* b) {
                  const double va = static_cast<double>(a->unit_price) * a->volume;
                  const double vb = static_cast<double>(b->unit_price) * b->volume;
                  return va != vb ? va > vb : a->id < b->id;
              });

    double committed = v.contract_volume;
    bool exclusive_held = v.exclusive_held;
    const double room = p.contract_capacity_share * v.firm.capacity;
    bool brand_blocked = false;
    for (std::size_t k = 0; k < count; ++k) {
        const BuyerOffer* o = mine[k];
        if (exclusive_held || !acceptable(v, p, *o)) {
            continue;
        }
        if (o->clauses.acquisition) {
            // Selling the firm ends every other plan.
            d.accept.assign(1, o->id);
            return true;
        }
        const bool others = v.any_contract || !d.accept.empty();
        if (o->clauses.exclusivity && others) {
            continue;
        }
        if (committed + o->volume > room) {
            continue;
        }
        committed += o->volume;
        d.accept.push_back(o->id);
        brand_blocked = brand_blocked || o->clauses.no_own_brand || o->clauses.no_own_design;
        exclusive_held = o->clauses.exclusivity;
    }
    return brand_blocked;
}

} // namespace hr::bot_detail
