#pragma once
// What a firm decides in one round (DESIGN §2). Players and bots submit the same type, checked by
// validate() in rules.hpp before it is accepted.
#include "core/concepts.hpp"
#include "core/money.hpp"

#include <array>
#include <vector>

namespace hr {

struct JoinRequest {
    JointActionId action = 0;
    Money max_share = 0; // the most the firm will pay a round; it leaves when the share is higher
    friend bool operator==(const JoinRequest&, const JoinRequest&) = default;
};

struct Proposal {
    JointActionType type = JointActionType::JointPurchasing;
    Money max_share = 0;
    friend bool operator==(const Proposal&, const Proposal&) = default;
};

struct Decision {
    FirmId firm = 0;
    int round = 0;
    double wage_change = 0.0;                  // relative, within ±ModelParams::max_wage_change
    std::array<Money, kUpgradeTypes> invest{}; // per UpgradeType
    Money training = 0;
    double markup = 0.10; // low-end export asking price over unit cost
    bool sell_own_brand = false;
    Money own_brand_price = 0; // per thousand units; 0 = the model's reference price
    bool sell_adjacent = false;
    std::vector<OfferId> accept; // offers not listed are declined
    std::vector<Proposal> propose;
    std::vector<JoinRequest> join;
    std::vector<JointActionId> leave;

    Money total_investment() const;
    friend bool operator==(const Decision&, const Decision&) = default;
};

} // namespace hr
