#include "core/what_if_adapt.hpp"

#include "core/bot_parts.hpp"
#include "core/rules.hpp"

#include <algorithm>
#include <optional>

namespace hr {

namespace {

const BuyerOffer* find_offer(const GameState& state, OfferId id) {
    const auto it = std::find_if(state.offers.begin(), state.offers.end(),
                                 [&](const BuyerOffer& o) { return o.id == id; });
    return it == state.offers.end() ? nullptr : &*it;
}

const JointAction* find_action(const GameState& state, JointActionId id) {
    const auto it = std::find_if(state.joint_actions.begin(), state.joint_actions.end(),
                                 [&](const JointAction& a) { return a.id == id; });
    return it == state.joint_actions.end() ? nullptr : &*it;
}

bool is_member(const JointAction& action, FirmId firm) {
    return std::binary_search(action.members.begin(), action.members.end(), firm);
}

// The offer on the firm's table in `replay` from the buyer whose offer `id` was in `original`,
// among those not taken yet.
std::optional<OfferId> same_buyer_offer(const GameState& original, const GameState& replay,
                                        FirmId firm, OfferId id,
                                        const std::vector<OfferId>& taken) {
    const BuyerOffer* was = find_offer(original, id);
    if (was == nullptr) {
        return std::nullopt;
    }
    for (const BuyerOffer& o : replay.offers) {
        if (o.firm == firm && o.buyer_id == was->buyer_id &&
            std::find(taken.begin(), taken.end(), o.id) == taken.end()) {
            return o.id;
        }
    }
    return std::nullopt;
}

// The joint action in `replay` of the type that action `id` had in `original`: the same id when
// its type still matches, else the first of that type (one the firm is in, when `member`).
std::optional<JointActionId> same_type_action(const GameState& original, const GameState& replay,
                                              FirmId firm, JointActionId id, bool member) {
    const JointAction* was = find_action(original, id);
    if (was == nullptr) {
        return std::nullopt;
    }
    const auto fits = [&](const JointAction& a) {
        return a.type == was->type && !a.vetoed && (!member || is_member(a, firm));
    };
    if (const JointAction* same = find_action(replay, id); same != nullptr && fits(*same)) {
        return id;
    }
    for (const JointAction& a : replay.joint_actions) {
        if (fits(a)) {
            return a.id;
        }
    }
    return std::nullopt;
}

} // namespace

bool means_the_same(const GameState& original, const GameState& replay, const Decision& recorded) {
    for (const OfferId id : recorded.accept) {
        const BuyerOffer* was = find_offer(original, id);
        const BuyerOffer* is = find_offer(replay, id);
        if (was == nullptr || is == nullptr || was->firm != is->firm ||
            was->buyer_id != is->buyer_id) {
            return false;
        }
    }
    const auto same_type = [&](JointActionId id) {
        const JointAction* was = find_action(original, id);
        const JointAction* is = find_action(replay, id);
        return was != nullptr && is != nullptr && was->type == is->type;
    };
    return std::all_of(recorded.join.begin(), recorded.join.end(),
                       [&](const JoinRequest& j) { return same_type(j.action); }) &&
           std::all_of(recorded.leave.begin(), recorded.leave.end(), same_type);
}

Decision adapt_recorded(const GameState& original, const GameState& replay, FirmId firm,
                        const Decision& recorded) {
    Decision d = recorded;
    d.sell_own_brand = false;
    d.sell_adjacent = false;
    d.accept.clear();
    d.propose.clear();
    d.join.clear();
    d.leave.clear();
    if (replay.firms[firm].acquired) {
        d.invest[static_cast<std::size_t>(UpgradeType::Functional)] = 0; // the owner's now
    }
    bot_detail::fit_to_cash(replay, firm, d);
    if (!validate(replay, firm, d).empty()) {
        return default_decision(replay, firm);
    }
    // Each part goes in only if the rules still accept the whole decision with it.
    const auto add = [&](auto change) {
        Decision next = d;
        change(next);
        if (validate(replay, firm, next).empty()) {
            d = std::move(next);
        }
    };
    if (recorded.sell_own_brand) {
        add([](Decision& n) { n.sell_own_brand = true; });
    }
    if (recorded.sell_adjacent) {
        add([](Decision& n) { n.sell_adjacent = true; });
    }
    for (const OfferId id : recorded.accept) {
        if (const auto target = same_buyer_offer(original, replay, firm, id, d.accept)) {
            add([&](Decision& n) { n.accept.push_back(*target); });
        }
    }
    for (const Proposal& p : recorded.propose) {
        add([&](Decision& n) { n.propose.push_back(p); });
    }
    for (const JoinRequest& j : recorded.join) {
        if (const auto target = same_type_action(original, replay, firm, j.action, false)) {
            add([&](Decision& n) { n.join.push_back({*target, j.max_share}); });
        }
    }
    for (const JointActionId id : recorded.leave) {
        if (const auto target = same_type_action(original, replay, firm, id, true)) {
            add([&](Decision& n) { n.leave.push_back(*target); });
        }
    }
    return d;
}

} // namespace hr
