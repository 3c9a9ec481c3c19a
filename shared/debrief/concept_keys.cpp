#include "debrief/concept_keys.hpp"

#include <array>

namespace hr::debrief {

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

const std::vector<GlossaryGroup>& glossary_groups() {
    static const std::vector<GlossaryGroup> groups{
        {"roads", {"high_road", "low_road", "stagnation", "downgrading"}},
        {"upgrading",
         {"upgrading", "capacity_to_upgrade", "world_frontier", "process_upgrading",
          "product_upgrading", "functional_upgrading", "intersectoral_upgrading",
          "functional_downgrading", "absorptive_capacity"}},
        {"cluster",
         {"cluster", "collective_efficiency", "external_economies", "skill_pool",
          "knowledge_spillovers", "joint_action", "vertical_cooperation", "horizontal_cooperation",
          "free_riding", "spillover"}},
        {"joint_actions",
         {"joint_purchasing", "collective_label", "trade_fair", "market_research",
          "shared_consultants", "standards_certification", "learning_network", "service_centre"}},
        {"value_chains",
         {"global_value_chain", "value_added", "unit_value", "value_chain_share", "lead_firm",
          "global_buyer", "subcontracting", "own_brand", "low_end_export", "adjacent_sector"}},
        {"governance",
         {"governance", "governance_market", "governance_network", "governance_quasi_hierarchy",
          "governance_hierarchy", "buyer_driven", "producer_driven"}},
        {"firm",
         {"wage", "productivity", "certification", "credit_line", "bankruptcy",
          "competitor_shock"}},
        {"policy", {"group_support", "individual_support", "co_financing", "facilitator"}},
    };
    return groups;
}

} // namespace hr::debrief
