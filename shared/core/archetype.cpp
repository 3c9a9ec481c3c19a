#include "core/archetype.hpp"

namespace hr {

namespace {

constexpr std::array<ArchetypeInfo, kArchetypes> kInfo{{
    {Archetype::LowRoader, "low-roader", "bot.low-roader.name", "Low-roader",
     "bot.low-roader.description",
     "Cuts wages, competes on price and takes any volume a buyer offers."},
    {Archetype::Upgrader, "upgrader", "bot.upgrader.name", "Upgrader", "bot.upgrader.description",
     "Invests steadily in better processes and products and pays its workers more."},
    {Archetype::BrandBuilder, "brand-builder", "bot.brand-builder.name", "Brand builder",
     "bot.brand-builder.description",
     "Invests in design and marketing to sell under its own brand and a collective label; "
     "refuses buyers that forbid it."},
    {Archetype::LoyalSubcontractor, "loyal-subcontractor", "bot.loyal-subcontractor.name",
     "Loyal subcontractor", "bot.loyal-subcontractor.description",
     "Works for large retailers and fashion houses, meets their standards and lets its own "
     "design go."},
    {Archetype::FreeRider, "free-rider", "bot.free-rider.name", "Free rider",
     "bot.free-rider.description",
     "Joins and pays for nothing, and lives on what the others' joint actions spill over."},
    {Archetype::Cooperator, "cooperator", "bot.cooperator.name", "Cooperator",
     "bot.cooperator.description",
     "Proposes joint actions, joins them and pays its share so that they get going."},
    {Archetype::Adaptive, "adaptive", "bot.adaptive.name", "Adaptive", "bot.adaptive.description",
     "Watches its own results and changes course: upgrades while it pays, cuts costs when "
     "it loses money."},
}};

constexpr std::array<std::string_view, kDifficulties> kDifficultyIds{"easy", "normal", "hard"};
constexpr std::array<std::string_view, kDifficulties> kDifficultyKeys{
    "bot.difficulty.easy", "bot.difficulty.normal", "bot.difficulty.hard"};

} // namespace

const ArchetypeInfo& info(Archetype a) {
    return kInfo[static_cast<std::size_t>(a)];
}

std::string_view to_string(Archetype a) {
    return info(a).id;
}

std::string_view to_string(Difficulty d) {
    return kDifficultyIds[static_cast<std::size_t>(d)];
}

std::string_view name_key(Difficulty d) {
    return kDifficultyKeys[static_cast<std::size_t>(d)];
}

std::optional<Archetype> archetype_from(std::string_view s) {
    for (const auto& i : kInfo) {
        if (i.id == s) {
            return i.archetype;
        }
    }
    return std::nullopt;
}

std::optional<Difficulty> difficulty_from(std::string_view s) {
    for (std::size_t i = 0; i < kDifficulties; ++i) {
        if (kDifficultyIds[i] == s) {
            return kAllDifficulties[i];
        }
    }
    return std::nullopt;
}

} // namespace hr
