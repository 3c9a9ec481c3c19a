// The debrief's road map, from a real finished game: paths, the fork, hit-testing.
#include "picture_support.hpp"
#include "road_map.hpp"
#include "visuals_game.hpp"

#include <catch2/catch.hpp>
#include <cmath>

using namespace hr;
using namespace hr::client;

TEST_CASE("the income index averages the change in wage and unit value", "[client][road_map]") {
    CHECK(income_index(1.0, 30.0, 1.0, 30.0) == Approx(0));
    CHECK(income_index(1.0, 30.0, 1.1, 33.0) == Approx(10));
    CHECK(income_index(1.0, 30.0, 0.9, 30.0) == Approx(-5));
    // No sales in the base round: the wage alone.
    CHECK(income_index(1.0, 0.0, 1.2, 31.0) == Approx(20));
}

TEST_CASE("road-map paths start at the fork and follow the records", "[client][road_map]") {
    auto game = test::play_game("sinos-valley", 8);
    REQUIRE(game.game_over);
    auto data = road_map_data(*game.game_over, test::PlayedGame::kOwn, game.snapshot.firms);
    REQUIRE(data.firms.size() == 8);
    CHECK(data.total_rounds == game.state.total_rounds);
    CHECK(data.firms[0].own);
    for (const auto& p : data.firms) {
        REQUIRE_FALSE(p.index.empty());
        CHECK(p.index.front().round == 1);
        CHECK(p.index.front().value == Approx(0));
        CHECK(p.roads.size() == p.index.size());
        const Firm& firm = game.state.firms[*p.firm];
        CHECK(p.bankrupt == firm.bankrupt);
        if (!firm.bankrupt) {
            CHECK(p.index.size() == firm.history.size());
            const FirmRecord& a = firm.history.front();
            const FirmRecord& b = firm.history.back();
            CHECK(p.index.back().value ==
                  Approx(income_index(a.wage, a.unit_value, b.wage, b.unit_value)));
        }
    }
    CHECK(data.cluster.index.size() == game.state.cluster_history.size());
    CHECK(data.cluster.final_road == game.state.cluster_history.back().road);
}

TEST_CASE("the road map puts the high road above and the low road below", "[client][road_map]") {
    auto firms = GENERATE(6, 12);
    auto game = test::play_game("sinos-valley", firms);
    REQUIRE(game.game_over);
    auto data = road_map_data(*game.game_over, test::PlayedGame::kOwn, game.snapshot.firms);
    RoadMap map;
    sf::Image image = test::render_picture(1180, 560, [&](sf::RenderTarget& t) {
        map.draw(t, data, {0, 0, 1180, 560}, 1.0f, test::english());
    });
    test::save_picture(image, "road_map_" + std::to_string(firms));
    CHECK(test::distinct_colours(image) > 500);
    const float zero = map.y_of(0);
    for (const auto& p : data.firms) {
        for (const auto& pt : p.index) {
            auto at = map.point_of(p.firm, pt.round);
            REQUIRE(at);
            CHECK(at->y == Approx(map.y_of(pt.value)).margin(0.5));
            if (pt.value > 0.5) {
                CHECK(at->y < zero);
            } else if (pt.value < -0.5) {
                CHECK(at->y > zero);
            }
        }
    }
    // The cluster's bold path: white discs at its points.
    for (const auto& pt : data.cluster.index) {
        auto at = map.point_of(std::nullopt, pt.round);
        REQUIRE(at);
        CHECK(test::count_near(image, test::around(*at, 5), theme::to_sf(theme::kText), 20) > 8);
    }
    // The firm that ends farthest from the fork is found where its path ends.
    const RoadPath* far = &data.firms.front();
    for (const auto& p : data.firms) {
        if (std::fabs(p.index.back().value) > std::fabs(far->index.back().value)) {
            far = &p;
        }
    }
    auto end = map.point_of(far->firm, far->index.back().round);
    REQUIRE(end);
    auto hit = map.hit_test(*end);
    REQUIRE(hit);
    CHECK(hit->firm == far->firm);
    CHECK(hit->round == far->index.back().round);
    // Both roads of the fork are drawn, in their colours.
    CHECK(test::count_near(image, {0, 0, 1180, 560}, theme::to_sf(theme::kRoads.high_road), 40) >
          300);
    CHECK(test::count_near(image, {0, 0, 1180, 560}, theme::to_sf(theme::kRoads.low_road), 40) >
          300);
}
