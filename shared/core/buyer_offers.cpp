#include "core/buyer_offers.hpp"

#include "core/det_math.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <utility>

namespace hr {

Money offered_price(const BuyerProfile& buyer, Money p_comp, double r_product, double fair_strength,
                    const ModelParams& p) {
    const double price = static_cast<double>(p_comp) * buyer.price_factor *
                         (1.0 + 0.6 * r_product) * (1.0 + p.fair_price_bonus * fair_strength);
    return static_cast<Money>(round_whole(price));
}

Money firm_value(const Firm& firm, const ModelParams& p) {
    if (firm.bankrupt) {
        return 0;
    }
    const double assets = p.asset_value * static_cast<double>(kThousand) * firm.capacity *
                          (0.5 + firm.capabilities.average());
    return std::max<Money>(0, firm.cash) + static_cast<Money>(round_whole(assets));
}

namespace {

// What each firm already has running next round: a contract with each buyer (by the buyer's
// position in the scenario), or an exclusive one that rules out any other.
struct RunningContracts {
    std::vector<std::uint64_t> buyers; // bit b set: a contract with buyer b runs
    std::vector<bool> exclusive;
};

RunningContracts running_contracts(const GameState& state, int round) {
    const Scenario& sc = *state.scenario;
    RunningContracts r{std::vector<std::uint64_t>(state.firms.size(), 0),
                       std::vector<bool>(state.firms.size(), false)};
    for (const auto& c : state.contracts) {
        if (c.last_round < round || c.terms.firm >= state.firms.size()) {
            continue;
        }
        for (std::size_t b = 0; b < sc.buyers.size() && b < 64; ++b) {
            if (sc.buyers[b].id == c.terms.buyer_id) {
                r.buyers[c.terms.firm] |= std::uint64_t{1} << b;
            }
        }
        if (c.terms.clauses.exclusivity) {
            r.exclusive[c.terms.firm] = true;
        }
    }
    return r;
}

} // namespace

void make_offers(GameState& state, const std::vector<double>& fair_strength, double export_access) {
    state.offers.clear();
    const Scenario& sc = *state.scenario;
    const ModelParams& p = sc.params;
    const int next = state.round + 1;
    if (next > state.total_rounds) {
        return;
    }
    state.offers.reserve(sc.buyers.size() * state.firms.size());
    const RunningContracts running = running_contracts(state, next);
    for (std::size_t b = 0; b < sc.buyers.size(); ++b) {
        const BuyerProfile& buyer = sc.buyers[b];
        const std::uint64_t bit = b < 64 ? std::uint64_t{1} << b : 0;
        for (auto& firm : state.firms) {
            // Draw for every pair, eligible or not, so that one firm's situation never shifts the
            // random stream of the others (only volatile buyers draw a volume noise).
            const double draw = state.rng.uniform();
            const double noise = buyer.volume_noise > 0.0 ? state.rng.noise() : 0.0;
            if (firm.bankrupt || firm.acquired || buyer.first_round > next) {
                continue;
            }
            if (firm.capabilities[UpgradeType::Product] < buyer.min_product) {
                continue;
            }
            if (buyer.requires_certification && !firm.certified) {
                continue;
            }
            if ((running.buyers[firm.id] & bit) != 0 || running.exclusive[firm.id]) {
                continue;
            }
            const double fair = firm.id < fair_strength.size() ? fair_strength[firm.id] : 0.0;
            const double probability = std::min(
                0.95, buyer.offer_probability * (1.0 + p.fair_offer_bonus * fair + export_access));
            if (draw >= probability) {
                continue;
            }
            BuyerOffer offer;
            offer.id = state.next_offer_id++;
            offer.firm = firm.id;
            offer.buyer_id = buyer.id;
            offer.kind = buyer.kind;
            offer.governance = buyer.governance;
            offer.chain = buyer.chain;
            const double wanted = buyer.volume * std::max(0.2, 1.0 + buyer.volume_noise * noise);
            offer.volume = std::min(wanted, p.max_contract_share * firm.capacity);
            offer.unit_price = offered_price(buyer, state.market.p_comp,
                                             firm.capabilities[UpgradeType::Product], fair, p);
            offer.quality_standard = buyer.quality_standard;
            offer.requires_certification = buyer.requires_certification;
            offer.duration = std::max(1, buyer.duration);
            offer.clauses.exclusivity = buyer.exclusivity || buyer.acquisition;
            offer.clauses.no_own_brand = buyer.no_own_brand;
            offer.clauses.no_own_design = buyer.no_own_design;
            offer.clauses.technical_help = buyer.technical_help;
            offer.clauses.acquisition = buyer.acquisition;
            if (buyer.acquisition) {
                // A buyer that owns the firm takes all of its capacity until the game ends.
                offer.volume = firm.capacity;
                offer.duration = state.total_rounds - next + 1;
                offer.acquisition_price = static_cast<Money>(round_whole(
                    static_cast<double>(firm_value(firm, p)) * buyer.acquisition_multiple));
            }
            offer.round = next;
            state.offers.push_back(std::move(offer));
        }
    }
}

namespace {

// Hierarchy: the firm becomes a branch of the buyer and gives up design and marketing.
void acquire(RoundContext& ctx, Firm& firm, const BuyerOffer& offer) {
    firm.acquired = true;
    firm.own_design = false;
    auto& out = ctx.out(firm.id);
    out.was_acquired = true;
    out.acquisition_income = offer.acquisition_price;
    for (auto& action : ctx.state.joint_actions) {
        if (action.type != JointActionType::CollectiveLabel &&
            action.type != JointActionType::TradeFair) {
            continue;
        }
        for (std::size_t i = 0; i < action.members.size(); ++i) {
            if (action.members[i] == firm.id) {
                action.members.erase(action.members.begin() + static_cast<std::ptrdiff_t>(i));
                action.max_share.erase(action.max_share.begin() + static_cast<std::ptrdiff_t>(i));
                break;
            }
        }
    }
    ctx.result.news.push_back({"news.acquired", {firm.name, offer.buyer_id}});
}

} // namespace

void accept_offers(RoundContext& ctx) {
    GameState& state = ctx.state;
    for (auto& firm : state.firms) {
        const FirmRound& fr = ctx.firms[firm.id];
        if (!fr.active || firm.acquired) {
            continue;
        }
        for (const OfferId id : fr.decision->accept) {
            const auto it = std::find_if(state.offers.begin(), state.offers.end(),
                                         [&](const BuyerOffer& o) { return o.id == id; });
            if (it == state.offers.end() || it->firm != firm.id || it->round != ctx.round) {
                continue;
            }
            Contract contract;
            contract.id = state.next_contract_id++;
            contract.terms = *it;
            contract.first_round = ctx.round;
            contract.last_round = ctx.round + it->duration - 1;
            state.contracts.push_back(std::move(contract));
            if (it->clauses.acquisition) {
                acquire(ctx, firm, *it);
                break; // the new owner takes all the capacity: other offers lapse
            }
        }
    }
    state.offers.clear();
}

} // namespace hr
