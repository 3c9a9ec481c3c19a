#include "glossary_window.hpp"
#include "translations.hpp"

#include <catch2/catch.hpp>
#include <set>

using namespace hr::client;

TEST_CASE("the glossary groups list every term of the language files once", "[client][glossary]") {
    auto tr = Translations::load(std::filesystem::path(HIGHROAD_ASSETS_DIR) / "lang");
    auto ids = tr.glossary_ids();
    std::set<std::string> in_files(ids.begin(), ids.end());
    std::multiset<std::string> in_groups;
    for (const auto& group : glossary_groups()) {
        INFO("group " << group.id);
        CHECK(tr.has(Language::English, "glossary_group." + std::string(group.id)));
        for (auto term : group.terms) {
            in_groups.emplace(term);
        }
    }
    for (const auto& id : in_files) {
        INFO(id);
        CHECK(in_groups.count(id) == 1);
    }
    CHECK(in_groups.size() == in_files.size());
}

TEST_CASE("the glossary covers the concepts of the design", "[client][glossary]") {
    auto tr = Translations::load(std::filesystem::path(HIGHROAD_ASSETS_DIR) / "lang");
    for (const char* id : {"low_road",
                           "high_road",
                           "upgrading",
                           "process_upgrading",
                           "product_upgrading",
                           "functional_upgrading",
                           "intersectoral_upgrading",
                           "cluster",
                           "external_economies",
                           "joint_action",
                           "joint_purchasing",
                           "collective_label",
                           "trade_fair",
                           "market_research",
                           "shared_consultants",
                           "standards_certification",
                           "learning_network",
                           "service_centre",
                           "global_value_chain",
                           "governance",
                           "governance_market",
                           "governance_network",
                           "governance_quasi_hierarchy",
                           "governance_hierarchy",
                           "buyer_driven",
                           "producer_driven",
                           "collective_efficiency",
                           "free_riding",
                           "value_added",
                           "unit_value"}) {
        INFO(id);
        CHECK(tr.has(Language::English, "glossary." + std::string(id) + ".term"));
    }
}

TEST_CASE("glossary search ignores case and accents", "[client][glossary]") {
    CHECK(fold_for_search("Cuasi Jerarquía") == "cuasi jerarquia");
    CHECK(fold_for_search("AÇÃO CONJUNTA") == "acao conjunta");
    CHECK(fold_for_search("Économies") == "economies");
    CHECK(fold_for_search("niño ¿por qué?") == "nino ¿por que?");
    CHECK(fold_for_search("plain") == "plain");
    CHECK(fold_for_search("× ÷") == "× ÷");   // signs are not letters: kept
    CHECK(fold_for_search("\xC3") == "\xC3"); // a truncated sequence passes through
}
