#include "core/concepts.hpp"

namespace hr {

namespace {

// Each enum's ids in declaration order; to_string and the parsers share one table so they agree.
constexpr std::array<std::string_view, kUpgradeTypes> kUpgradeIds{"process", "product",
                                                                  "functional", "intersectoral"};
constexpr std::array<std::string_view, kGovernanceTypes> kGovernanceIds{
    "market", "network", "quasi_hierarchy", "hierarchy"};
constexpr std::array<std::string_view, 2> kChainIds{"buyer_driven", "producer_driven"};
constexpr std::array<std::string_view, kBuyerKinds> kBuyerIds{
    "large_retailer", "fashion_house", "transnational_manufacturer", "design_partner", "trader"};
constexpr std::array<std::string_view, kJointActionTypes> kJointActionIds{
    "joint_purchasing",   "collective_label", "trade_fair",       "market_research",
    "shared_consultants", "standards",        "learning_network", "service_centre"};
constexpr std::array<std::string_view, 4> kRoadIds{"high_road", "low_road", "stagnation",
                                                   "downgrading"};
constexpr std::array<std::string_view, kSalesChannels> kChannelIds{"contract", "low_end_export",
                                                                   "own_brand", "adjacent_sector"};
constexpr std::array<std::string_view, kChainStages> kStageIds{
    "design", "inputs", "production", "marketing", "distribution", "retail"};
constexpr std::array<std::string_view, 8> kEventIds{
    "competitor_price_shock", "demand_shock",     "brand_demand_shock", "input_cost_shock",
    "exchange_rate_shock",    "buyer_relocation", "skill_drain",        "quality_scandal"};

template <typename E, std::size_t N>
std::string_view name_of(const std::array<std::string_view, N>& ids, E v) {
    const auto i = static_cast<std::size_t>(v);
    return i < N ? ids[i] : std::string_view{"unknown"};
}

template <typename E, std::size_t N>
std::optional<E> parse(const std::array<std::string_view, N>& ids, std::string_view s) {
    for (std::size_t i = 0; i < N; ++i) {
        if (ids[i] == s) {
            return static_cast<E>(i);
        }
    }
    return std::nullopt;
}

} // namespace

std::string_view to_string(UpgradeType v) {
    return name_of(kUpgradeIds, v);
}
std::string_view to_string(Governance v) {
    return name_of(kGovernanceIds, v);
}
std::string_view to_string(ChainKind v) {
    return name_of(kChainIds, v);
}
std::string_view to_string(BuyerKind v) {
    return name_of(kBuyerIds, v);
}
std::string_view to_string(JointActionType v) {
    return name_of(kJointActionIds, v);
}
std::string_view to_string(Road v) {
    return name_of(kRoadIds, v);
}
std::string_view to_string(SalesChannel v) {
    return name_of(kChannelIds, v);
}
std::string_view to_string(ChainStage v) {
    return name_of(kStageIds, v);
}
std::string_view to_string(EventKind v) {
    return name_of(kEventIds, v);
}

std::optional<UpgradeType> upgrade_type_from(std::string_view s) {
    return parse<UpgradeType>(kUpgradeIds, s);
}
std::optional<Governance> governance_from(std::string_view s) {
    return parse<Governance>(kGovernanceIds, s);
}
std::optional<ChainKind> chain_kind_from(std::string_view s) {
    return parse<ChainKind>(kChainIds, s);
}
std::optional<BuyerKind> buyer_kind_from(std::string_view s) {
    return parse<BuyerKind>(kBuyerIds, s);
}
std::optional<JointActionType> joint_action_type_from(std::string_view s) {
    return parse<JointActionType>(kJointActionIds, s);
}
std::optional<EventKind> event_kind_from(std::string_view s) {
    return parse<EventKind>(kEventIds, s);
}

} // namespace hr
