#pragma once
// The game's concepts as types (DESIGN §1–§4), with stable string ids used in scenario files,
// messages, exports and translation keys.
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace hr {

using FirmId = std::uint16_t; // index of the firm in GameState::firms
using OfferId = std::uint32_t;
using ContractId = std::uint32_t;
using JointActionId = std::uint32_t;

enum class UpgradeType : std::uint8_t { Process, Product, Functional, Intersectoral };
constexpr std::size_t kUpgradeTypes = 4;
constexpr std::array<UpgradeType, kUpgradeTypes> kAllUpgradeTypes{
    UpgradeType::Process, UpgradeType::Product, UpgradeType::Functional,
    UpgradeType::Intersectoral};

// DESIGN §4: who holds power in a buyer relationship.
enum class Governance : std::uint8_t { Market, Network, QuasiHierarchy, Hierarchy };
constexpr std::size_t kGovernanceTypes = 4;

// Gereffi: buyer-driven chains are led by retailers and brands, producer-driven by manufacturers.
enum class ChainKind : std::uint8_t { BuyerDriven, ProducerDriven };

enum class BuyerKind : std::uint8_t {
    LargeRetailer,
    FashionHouse,
    TransnationalManufacturer,
    DesignPartner,
    Trader
};
constexpr std::size_t kBuyerKinds = 5;

// DESIGN §3: the seven kinds of networked collaboration plus the public-private service centre.
enum class JointActionType : std::uint8_t {
    JointPurchasing,
    CollectiveLabel,
    TradeFair,
    MarketResearch,
    SharedConsultants,
    Standards,
    LearningNetwork,
    ServiceCentre
};
constexpr std::size_t kJointActionTypes = 8;

enum class Road : std::uint8_t { HighRoad, LowRoad, Stagnation, Downgrading };

// Where the capacity not tied up in contracts is sold.
enum class SalesChannel : std::uint8_t { Contract, LowEndExport, OwnBrand, AdjacentSector };
constexpr std::size_t kSalesChannels = 4;

// Stages of the value chain (DESIGN §1), in order from concept to shelf.
enum class ChainStage : std::uint8_t {
    Design,
    Inputs,
    Production,
    Marketing,
    Distribution,
    Retail
};
constexpr std::size_t kChainStages = 6;

enum class EventKind : std::uint8_t {
    CompetitorPriceShock, // outside low-cost competitors cut their price
    DemandShock,          // low-end export demand changes
    BrandDemandShock,     // own-brand demand changes
    InputCostShock,       // input cost m0 changes
    ExchangeRateShock,    // all export prices move
    BuyerRelocation,      // quasi-hierarchy buyers move orders away from uncompetitive firms
    SkillDrain,           // the cluster's skill pool loses workers
    QualityScandal        // the collective label's reputation drops
};

std::string_view to_string(UpgradeType v);
std::string_view to_string(Governance v);
std::string_view to_string(ChainKind v);
std::string_view to_string(BuyerKind v);
std::string_view to_string(JointActionType v);
std::string_view to_string(Road v);
std::string_view to_string(SalesChannel v);
std::string_view to_string(ChainStage v);
std::string_view to_string(EventKind v);

// Parsing of the same ids (scenario files, command lines); nullopt for an unknown id.
std::optional<UpgradeType> upgrade_type_from(std::string_view s);
std::optional<Governance> governance_from(std::string_view s);
std::optional<ChainKind> chain_kind_from(std::string_view s);
std::optional<BuyerKind> buyer_kind_from(std::string_view s);
std::optional<JointActionType> joint_action_type_from(std::string_view s);
std::optional<EventKind> event_kind_from(std::string_view s);

} // namespace hr
