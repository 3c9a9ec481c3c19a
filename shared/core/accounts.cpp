#include "core/accounts.hpp"
#include "core/det_math.hpp"

#include <algorithm>
#include <cmath>

namespace hr {

namespace {
Money money(double v) {
    return static_cast<Money>(round_whole(v));
}
} // namespace

Money total_revenue(const FirmResult& r) {
    Money sum = r.acquisition_income + r.grants;
    for (const Money m : r.revenue) {
        sum += m;
    }
    return sum;
}

Money total_costs(const FirmResult& r) {
    Money sum = r.wage_bill + r.input_cost + r.brand_cost + r.fixed_cost + r.training +
                r.joint_action_shares;
    for (const Money m : r.investment) {
        sum += m;
    }
    return sum;
}

namespace {

// A bankrupt firm leaves the market: its workers are laid off, its contracts and memberships end.
void go_bankrupt(RoundContext& ctx, Firm& firm) {
    FirmResult& out = ctx.out(firm.id);
    firm.bankrupt = true;
    firm.bankrupt_round = ctx.round;
    firm.certified = false;
    out.went_bankrupt = true;
    out.laid_off += firm.workforce.employment;
    firm.workforce.employment = 0;
    for (auto& c : ctx.state.contracts) {
        if (c.terms.firm == firm.id && c.last_round > ctx.round) {
            c.last_round = ctx.round;
        }
    }
    for (auto& action : ctx.state.joint_actions) {
        for (std::size_t i = 0; i < action.members.size(); ++i) {
            if (action.members[i] == firm.id) {
                action.members.erase(action.members.begin() + static_cast<std::ptrdiff_t>(i));
                action.max_share.erase(action.max_share.begin() + static_cast<std::ptrdiff_t>(i));
                break;
            }
        }
    }
    ctx.result.news.push_back({"news.bankrupt", {firm.name}});
}

} // namespace

void settle_accounts(RoundContext& ctx) {
    const ModelParams& p = ctx.params;
    for (auto& firm : ctx.state.firms) {
        FirmRound& fr = ctx.firms[firm.id];
        FirmResult& out = ctx.out(firm.id);
        out.cash_before = firm.cash;
        if (!fr.active) {
            out.cash_after = firm.cash;
            continue;
        }
        const double employment = fr.produced / fr.productivity;
        out.laid_off = std::max(0.0, firm.workforce.employment - employment);
        firm.workforce.employment = employment;
        out.investment = fr.upgrade_money;
        out.wage_bill = money(firm.workforce.wage * static_cast<double>(p.w0) * employment);
        out.input_cost = money(fr.input_cost * fr.produced);
        const double brand_volume = out.volume[static_cast<std::size_t>(SalesChannel::OwnBrand)];
        out.brand_cost = money(static_cast<double>(p.c_brand) * brand_volume);
        if (brand_volume > 0.0) {
            out.brand_cost += p.brand_fixed_cost;
            ++firm.brand_rounds;
        }
        out.fixed_cost = p.fixed_cost;
        out.profit = total_revenue(out) - total_costs(out);
        firm.cash += out.profit;
        firm.cumulative_profit += out.profit;
        firm.wages_paid += out.wage_bill;
        out.cash_after = firm.cash;
        if (firm.cash < p.credit_line) {
            go_bankrupt(ctx, firm);
        } else if (fr.produced >= 0.98 * firm.capacity) {
            // Sold out: the firm hires and grows.
            firm.capacity *= 1.0 + p.capacity_growth;
        }
        out.workforce = firm.workforce;
    }
}

} // namespace hr
