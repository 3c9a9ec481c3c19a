// The charts over the rounds, from a real game: the own firm against the cluster, the zones.
#include "canvas.hpp"
#include "picture_support.hpp"
#include "round_charts.hpp"
#include "visuals_game.hpp"

#include <catch2/catch.hpp>

using namespace hr;
using namespace hr::client;

namespace {

RoundChartsData chart_data(const test::PlayedGame& game, bool with_all_firms) {
    std::vector<std::vector<FirmRecord>> all;
    if (with_all_firms) {
        for (const auto& f : game.state.firms) {
            all.push_back(f.history);
        }
    }
    return round_charts_data(game.own_history, game.own.name, game.state.cluster_history, all,
                             game.state.total_rounds);
}

// A panel-raised pixel seen through a zone's tint of `alpha`.
sf::Color tinted(theme::Rgb zone, int alpha) {
    return mix(theme::to_sf(theme::kPanelRaised), theme::to_sf(zone),
               static_cast<float>(alpha) / 255.0f);
}

} // namespace

TEST_CASE("chart data follow the records of the game", "[client][charts]") {
    auto game = test::play_game("sinos-valley", 8, 6);
    auto data = chart_data(game, true);
    const auto& wage = data[ChartMetric::Wage];
    REQUIRE(wage.own.size() == 6);
    REQUIRE(wage.cluster.size() == 6);
    CHECK(*wage.baseline == game.state.cluster_history.front().avg_wage);
    CHECK(*data[ChartMetric::UnitValue].baseline == game.state.cluster_history.front().unit_value);
    CHECK_FALSE(data[ChartMetric::Exports].baseline);
    for (std::size_t r = 0; r < 6; ++r) {
        CHECK(wage.own[r].round == static_cast<int>(r) + 1);
        CHECK(wage.own[r].value == game.own_history[r].wage);
        const ClusterRecord& c = game.state.cluster_history[r];
        CHECK(data[ChartMetric::Exports].cluster[r].value == Approx(c.exports / c.active_firms));
        double profits = 0;
        int n = 0;
        for (const auto& f : game.state.firms) {
            const FirmRecord& rec = f.history[r];
            if (rec.volume > 0 || rec.employment > 0) {
                profits += to_k(rec.profit);
                ++n;
            }
        }
        CHECK(data[ChartMetric::Profit].cluster[r].value == Approx(profits / n));
    }
    CHECK(data.own_roads.size() == 6);
    CHECK(data.cluster_roads.size() == 6);
    // Without every firm's history the cluster's profit is unknown: private until the debrief.
    CHECK(chart_data(game, false)[ChartMetric::Profit].cluster.empty());
}

TEST_CASE("the charts draw the own firm, the cluster and the road zones", "[client][charts]") {
    auto game = test::play_game("sinos-valley", 8, 7);
    auto data = chart_data(game, false);
    RoundCharts charts;
    sf::Image image = test::render_picture(900, 560, [&](sf::RenderTarget& t) {
        charts.draw(t, data, {0, 0, 900, 560}, 1.0f, test::english());
    });
    test::save_picture(image, "round_charts");
    CHECK(test::distinct_colours(image) > 300);
    for (ChartMetric m : kAllChartMetrics) {
        INFO("metric " << static_cast<int>(m));
        auto plot = charts.plot_area(m);
        REQUIRE(plot);
        // Each own point is a gold dot where point_at puts it, and hit-testing finds its round.
        for (const auto& p : data[m].own) {
            auto at = charts.point_at(m, p.round, p.value);
            REQUIRE(at);
            CHECK(plot->contains(*at));
            CHECK(test::count_near(image, test::around(*at, 3), theme::to_sf(theme::kHighlight),
                                   30) > 6);
            auto hit = charts.hit_test(*at);
            REQUIRE(hit);
            CHECK(hit->metric == m);
            CHECK(hit->round == p.round);
        }
    }
    // Wage and unit value are shaded high above and low below the cluster's round-1 level.
    for (ChartMetric m : {ChartMetric::Wage, ChartMetric::UnitValue}) {
        auto plot = *charts.plot_area(m);
        sf::IntRect top(static_cast<int>(plot.left) + 2, static_cast<int>(plot.top) + 2,
                        static_cast<int>(plot.width) - 4, 8);
        sf::IntRect bottom(static_cast<int>(plot.left) + 2,
                           static_cast<int>(plot.top + plot.height) - 10,
                           static_cast<int>(plot.width) - 4, 8);
        CHECK(test::count_near(image, top, tinted(theme::kRoads.high_road, 30), 4) > 200);
        CHECK(test::count_near(image, bottom, tinted(theme::kRoads.low_road, 38), 4) > 200);
    }
    // Exports and profit have no zones.
    auto exports = *charts.plot_area(ChartMetric::Exports);
    CHECK(test::count_near(image,
                           {static_cast<int>(exports.left) + 2, static_cast<int>(exports.top) + 2,
                            static_cast<int>(exports.width) - 4, 8},
                           tinted(theme::kRoads.high_road, 30), 2) < 20);
}

TEST_CASE("a single chart fills the area and an empty one says why", "[client][charts]") {
    RoundCharts charts;
    RoundChartsData empty;
    empty.total_rounds = 10;
    sf::Image image = test::render_picture(500, 300, [&](sf::RenderTarget& t) {
        charts.draw(t, empty, {0, 0, 500, 300}, 1.0f, test::english(), {ChartMetric::Wage});
    });
    CHECK_FALSE(charts.plot_area(ChartMetric::Wage));
    CHECK_FALSE(charts.hit_test({250, 150}));
    CHECK(test::count_near(image, {0, 60, 500, 240}, theme::to_sf(theme::kTextMuted), 30) > 30);
}
