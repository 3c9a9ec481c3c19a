#include "concept_names.hpp"

#include <array>

namespace hr::client {

std::string_view glossary_key(Road road) {
    switch (road) {
    case Road::HighRoad:
        return "glossary.high_road";
    case Road::LowRoad:
        return "glossary.low_road";
    case Road::Stagnation:
        return "glossary.stagnation";
    case Road::Downgrading:
        return "glossary.downgrading";
    }
    return "glossary.stagnation";
}

std::string_view glossary_key(JointActionType type) {
    static constexpr std::array<std::string_view, kJointActionTypes> keys{
        "glossary.joint_purchasing",   "glossary.collective_label",
        "glossary.trade_fair",         "glossary.market_research",
        "glossary.shared_consultants", "glossary.standards_certification",
        "glossary.learning_network",   "glossary.service_centre"};
    return keys[static_cast<std::size_t>(type)];
}

std::string_view glossary_key(Governance governance) {
    static constexpr std::array<std::string_view, kGovernanceTypes> keys{
        "glossary.governance_market", "glossary.governance_network",
        "glossary.governance_quasi_hierarchy", "glossary.governance_hierarchy"};
    return keys[static_cast<std::size_t>(governance)];
}

std::string_view glossary_key(UpgradeType type) {
    static constexpr std::array<std::string_view, kUpgradeTypes> keys{
        "glossary.process_upgrading", "glossary.product_upgrading", "glossary.functional_upgrading",
        "glossary.intersectoral_upgrading"};
    return keys[static_cast<std::size_t>(type)];
}

} // namespace hr::client
