// The pictures' tooltips, for everything hit-testing can return, in every language: each draws
// a tooltip and keeps ImGui's window stack balanced.
#include "cluster_map.hpp"
#include "picture_support.hpp"
#include "road_map.hpp"
#include "round_charts.hpp"
#include "value_chain_bar.hpp"
#include "visuals_game.hpp"

#include <catch2/catch.hpp>
#include <imgui.h>

using namespace hr;
using namespace hr::client;

namespace {

const Translations& translations(Language lang) {
    static Translations tr =
        Translations::load(std::filesystem::path(HIGHROAD_ASSETS_DIR) / "lang");
    tr.set_language(lang);
    return tr;
}

} // namespace

TEST_CASE("every picture explains what is under the mouse", "[client][tooltips]") {
    auto lang = GENERATE(Language::English, Language::Spanish, Language::Portuguese);
    const Translations& tr = translations(lang);
    auto game = test::play_game("sinos-valley", 8);
    REQUIRE(game.game_over);
    auto map =
        cluster_map_data(game.snapshot, test::PlayedGame::kOwn, &game.own, game.scenario.get());
    std::vector<std::vector<FirmRecord>> all;
    for (const auto& f : game.state.firms) {
        all.push_back(f.history);
    }
    auto charts = round_charts_data(game.own_history, game.own.name, game.state.cluster_history,
                                    all, game.state.total_rounds);
    auto roads = road_map_data(*game.game_over, test::PlayedGame::kOwn, game.snapshot.firms);
    const ValueChainSplit& split = game.results.back().firms[0].value_chain;

    auto tooltips = [&] {
        for (const auto& f : map.firms) {
            cluster_map_tooltip(tr, map, {ClusterMapHit::Kind::Firm, f.id, 0, {}});
        }
        for (const auto& a : map.joint_actions) {
            cluster_map_tooltip(tr, map, {ClusterMapHit::Kind::JointAction, 0, a.id, {}});
        }
        for (Governance g : {Governance::Market, Governance::Network, Governance::QuasiHierarchy,
                             Governance::Hierarchy}) {
            cluster_map_tooltip(tr, map, {ClusterMapHit::Kind::Buyer, 0, 0, g});
        }
        for (std::size_t s = 0; s < kChainStages; ++s) {
            value_chain_tooltip(tr, split, static_cast<ChainStage>(s));
        }
        for (ChartMetric m : kAllChartMetrics) {
            for (int round = 1; round <= game.state.total_rounds; ++round) {
                round_charts_tooltip(tr, charts, {m, round});
            }
        }
        for (const auto& p : roads.firms) {
            road_map_tooltip(tr, roads, {p.firm, game.state.total_rounds});
        }
        road_map_tooltip(tr, roads, {std::nullopt, 1});
    };
    test::HeadlessImGui imgui;
    imgui.frame(tooltips); // windows that fit their content are measured on their first frame
    CHECK(imgui.frame(tooltips) > 1000);
}
