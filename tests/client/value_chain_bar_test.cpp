// The value-chain bar: segment widths follow the shares, colours follow the captors.
#include "picture_support.hpp"
#include "value_chain_bar.hpp"
#include "visuals_game.hpp"

#include <catch2/catch.hpp>
#include <numeric>

using namespace hr;
using namespace hr::client;

namespace {

sf::Image draw_bar(ValueChainBar& bar, const ValueChainSplit& split, unsigned width = 720,
                   unsigned height = 150) {
    return test::render_picture(width, height, [&](sf::RenderTarget& target) {
        bar.draw(target, split, {0, 0, static_cast<float>(width), static_cast<float>(height)}, 1.0f,
                 test::english());
    });
}

void check_proportional(const ValueChainBar& bar, const ValueChainSplit& split,
                        const sf::Image& image) {
    double total = std::accumulate(split.share.begin(), split.share.end(), 0.0);
    float widths = 0;
    for (std::size_t i = 0; i < kChainStages; ++i) {
        widths += bar.segment(static_cast<ChainStage>(i)).width;
    }
    REQUIRE(widths > 0);
    for (std::size_t i = 0; i < kChainStages; ++i) {
        const auto stage = static_cast<ChainStage>(i);
        const sf::FloatRect seg = bar.segment(stage);
        INFO("stage " << i << " share " << split.share[i]);
        CHECK(seg.width == Approx(split.share[i] / total * widths).margin(0.5));
        if (seg.width < 8) {
            continue;
        }
        // The fill just under the segment's top edge, clear of the centred percentage.
        sf::Vector2f probe(seg.left + seg.width / 2, seg.top + 4);
        sf::Color pixel =
            image.getPixel(static_cast<unsigned>(probe.x), static_cast<unsigned>(probe.y));
        CHECK(test::near(pixel, captor_colour(split.captor[i]), 6));
        auto hit = bar.hit_test({seg.left + seg.width / 2, seg.top + seg.height / 2});
        REQUIRE(hit);
        CHECK(*hit == stage);
    }
    // Adjacent segments measured from the pixels: each colour run is as wide as its share.
    for (std::size_t i = 0; i < kChainStages; ++i) {
        const sf::FloatRect seg = bar.segment(static_cast<ChainStage>(i));
        if (seg.width < 16) {
            continue;
        }
        const sf::Color colour = captor_colour(split.captor[i]);
        const auto y = static_cast<unsigned>(seg.top + 4);
        int run = 0;
        for (auto x = static_cast<unsigned>(seg.left + 9); x + 9 < seg.left + seg.width; ++x) {
            run += test::near(image.getPixel(x, y), colour, 6) ? 1 : 0;
        }
        CHECK(run >= static_cast<int>(seg.width) - 20);
    }
}

} // namespace

TEST_CASE("the value-chain bar of a real sale is split in proportion to the shares",
          "[client][value_chain]") {
    auto game = test::play_game("sinos-valley", 8, 5);
    const ValueChainSplit& split = game.results.back().firms[test::PlayedGame::kOwn].value_chain;
    REQUIRE(std::accumulate(split.share.begin(), split.share.end(), 0.0) ==
            Approx(1.0).margin(1e-6));
    ValueChainBar bar;
    sf::Image image = draw_bar(bar, split);
    test::save_picture(image, "value_chain_bar");
    CHECK(test::distinct_colours(image) > 100);
    check_proportional(bar, split, image);
    // The firm's share is called out in gold on the right.
    CHECK(test::count_near(image, {460, 90, 260, 60}, captor_colour(Captor::Firm), 20) > 40);
}

TEST_CASE("the value-chain bar follows any split", "[client][value_chain]") {
    auto seed = GENERATE(range(1u, 9u));
    std::uint32_t state = seed * 2654435761u;
    auto next = [&] {
        state = state * 1664525u + 1013904223u;
        return static_cast<double>(state >> 8) / static_cast<double>(1u << 24);
    };
    ValueChainSplit split;
    double total = 0;
    for (std::size_t i = 0; i < kChainStages; ++i) {
        split.share[i] = 0.03 + next();
        total += split.share[i];
        split.captor[i] = static_cast<Captor>(static_cast<int>(next() * 4) % 4);
    }
    for (std::size_t i = 0; i < kChainStages; ++i) {
        split.share[i] /= total;
        split.firm_part[i] = split.captor[i] == Captor::Firm ? split.share[i] : 0.0;
        split.cluster_part[i] =
            split.captor[i] == Captor::Firm || split.captor[i] == Captor::ClusterSupplier
                ? split.share[i]
                : 0.0;
    }
    INFO("seed " << seed);
    ValueChainBar bar;
    sf::Image image = draw_bar(bar, split);
    check_proportional(bar, split, image);
}

TEST_CASE("a value-chain bar without sales says so and hits nothing", "[client][value_chain]") {
    ValueChainBar bar;
    sf::Image image = draw_bar(bar, ValueChainSplit{});
    CHECK(test::count_near(image, {0, 0, 720, 150}, theme::to_sf(theme::kTextMuted), 30) > 50);
    CHECK_FALSE(bar.hit_test({360, 60}));
}
