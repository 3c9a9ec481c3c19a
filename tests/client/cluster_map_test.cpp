// The cluster map drawn from a real game's snapshot, checked pixel by pixel and by hit-testing.
#include "cluster_map.hpp"
#include "picture_support.hpp"
#include "theme.hpp"
#include "visuals_game.hpp"

#include <catch2/catch.hpp>

using namespace hr;
using namespace hr::client;

namespace {

struct DrawnMap {
    test::PlayedGame game;
    ClusterMapData data;
    ClusterMap map;
    sf::Image image;
};

DrawnMap draw_map(const std::string& scenario, int firms, int rounds, unsigned width,
                  unsigned height) {
    DrawnMap d{test::play_game(scenario, firms, rounds), {}, {}, {}};
    d.data = cluster_map_data(d.game.snapshot, test::PlayedGame::kOwn, &d.game.own,
                              d.game.scenario.get());
    d.image = test::render_picture(width, height, [&](sf::RenderTarget& target) {
        d.map.draw(target, d.data, {0, 0, static_cast<float>(width), static_cast<float>(height)},
                   1.0f, test::english());
    });
    return d;
}

} // namespace

TEST_CASE("the cluster map's data mirror the room's snapshot", "[client][cluster_map]") {
    auto game = test::play_game("sinos-valley", 8, 4);
    auto data =
        cluster_map_data(game.snapshot, test::PlayedGame::kOwn, &game.own, game.scenario.get());
    REQUIRE(data.firms.size() == 8);
    CHECK(data.firms[0].own);
    CHECK_FALSE(data.firms[0].bot);
    for (std::size_t i = 1; i < data.firms.size(); ++i) {
        CHECK(data.firms[i].bot);
        CHECK_FALSE(data.firms[i].own);
        CHECK(data.firms[i].road == game.snapshot.firms[i].road);
    }
    CHECK(data.joint_actions.size() == game.snapshot.joint_actions.size());
    // The player's own contracts carry their real volumes, the others' are estimates.
    for (const auto& k : data.contracts) {
        CHECK(k.count > 0);
        CHECK(k.volume > 0);
        CHECK(k.estimated == (k.firm != test::PlayedGame::kOwn));
    }
    CHECK(data.cluster_road == game.snapshot.cluster->road);
}

TEST_CASE("the cluster map draws every firm in its road's colour", "[client][cluster_map]") {
    auto firms = GENERATE(3, 8, 12);
    INFO(firms << " firms");
    auto d = draw_map("sinos-valley", firms, 5, 900, 560);
    test::save_picture(d.image, "cluster_map_" + std::to_string(firms));
    CHECK(test::distinct_colours(d.image) > 500);
    for (const auto& f : d.data.firms) {
        INFO(f.name);
        auto centre = d.map.firm_centre(f.id);
        REQUIRE(centre);
        sf::Color expected =
            f.bankrupt ? sf::Color(0x3A, 0x42, 0x52) : theme::to_sf(theme::road_colour(f.road));
        // The node's fill, away from the badges in its corners.
        CHECK(test::count_near(d.image, test::around(*centre, 4), expected, 10) > 30);
        auto hit = d.map.hit_test(*centre);
        REQUIRE(hit);
        CHECK(hit->kind == ClusterMapHit::Kind::Firm);
        CHECK(hit->firm == f.id);
    }
    // The player's firm wears a gold ring.
    auto own = d.map.firm_centre(test::PlayedGame::kOwn);
    REQUIRE(own);
    CHECK(test::count_near(d.image, test::around(*own, 34), theme::to_sf(theme::kHighlight), 24) >
          60);
}

TEST_CASE("the cluster map's hubs and buyers answer hit-testing", "[client][cluster_map]") {
    auto d = draw_map("sinos-valley", 8, 6, 900, 560);
    int hubs = 0;
    for (const auto& a : d.data.joint_actions) {
        if (!a.active && a.members.empty()) {
            CHECK_FALSE(d.map.joint_action_centre(a.id)); // nobody to link
            continue;
        }
        ++hubs;
        auto centre = d.map.joint_action_centre(a.id);
        REQUIRE(centre);
        auto hit = d.map.hit_test(*centre);
        REQUIRE(hit);
        CHECK(hit->kind == ClusterMapHit::Kind::JointAction);
        CHECK(hit->joint_action == a.id);
    }
    CHECK(hubs > 0);
    for (Governance g : {Governance::Market, Governance::Network, Governance::QuasiHierarchy,
                         Governance::Hierarchy}) {
        auto centre = d.map.buyer_centre(g);
        REQUIRE(centre);
        auto hit = d.map.hit_test(*centre);
        REQUIRE(hit);
        CHECK(hit->kind == ClusterMapHit::Kind::Buyer);
        CHECK(hit->governance == g);
    }
    // Empty space between the ring and the buyers hits nothing.
    CHECK_FALSE(d.map.hit_test({2, 2}));
}

TEST_CASE("the cluster map scales with the UI", "[client][cluster_map]") {
    auto game = test::play_game("tutorial", 6, 3);
    auto data =
        cluster_map_data(game.snapshot, test::PlayedGame::kOwn, &game.own, game.scenario.get());
    ClusterMap small;
    ClusterMap large;
    test::render_picture(900, 560, [&](sf::RenderTarget& t) {
        small.draw(t, data, {0, 0, 900, 560}, 1.0f, test::english());
    });
    auto image = test::render_picture(1800, 1120, [&](sf::RenderTarget& t) {
        large.draw(t, data, {0, 0, 1800, 1120}, 2.0f, test::english());
    });
    test::save_picture(image, "cluster_map_scale_2");
    for (const auto& f : data.firms) {
        auto a = small.firm_centre(f.id);
        auto b = large.firm_centre(f.id);
        REQUIRE(a);
        REQUIRE(b);
        CHECK(b->x == Approx(a->x * 2).margin(2));
        CHECK(b->y == Approx(a->y * 2).margin(2));
    }
}
