#pragma once
// The debrief's road map (issue 6): every firm's path drawn over a road that forks, the high road
// climbing above and the low road sinking below; x is the round, y an income index (the mean of
// the change in wage and in unit value since round 1, in percent). The cluster's path is bold.
#include "core/game_state.hpp"
#include "protocol/messages.hpp"
#include "round_charts.hpp"
#include "translations.hpp"

#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <optional>
#include <string>
#include <vector>

namespace hr::client {

// Percent: the mean of the relative change of wage and unit value from `base` to `now`.
double income_index(double base_wage, double base_unit_value, double wage, double unit_value);

struct RoadPath {
    std::optional<FirmId> firm; // nullopt for the cluster
    std::string name;
    bool own = false;
    bool bot = false;
    bool bankrupt = false;         // the path ends where the firm went bankrupt
    std::vector<ChartPoint> index; // round 1 first; index 0 at round 1
    std::vector<Road> roads;       // the road each round, parallel to index
    Road final_road = Road::Stagnation;
};

struct RoadMapData {
    int total_rounds = 0;
    std::vector<RoadPath> firms;
    RoadPath cluster;
};

// From the game's end: each firm's history in the scores, the cluster's history; `firms` (the
// last public picture) marks bots and bankruptcies.
RoadMapData road_map_data(const proto::GameOver& game_over, std::optional<FirmId> own_firm,
                          const std::vector<proto::PublicFirm>& firms);

struct RoadMapHit {
    std::optional<FirmId> firm; // nullopt: the cluster's path
    int round = 0;
    friend bool operator==(const RoadMapHit&, const RoadMapHit&) = default;
};

class RoadMap {
  public:
    void draw(sf::RenderTarget& target, const RoadMapData& data, sf::FloatRect area, float scale,
              const Translations& tr, const std::optional<RoadMapHit>& hovered = std::nullopt);
    // The path point nearest to `point` within a few pixels, in the last drawing.
    std::optional<RoadMapHit> hit_test(sf::Vector2f point) const;
    // Where the last drawing put a path's point at `round`.
    std::optional<sf::Vector2f> point_of(std::optional<FirmId> firm, int round) const;
    // The plot's y for an index value (tests: high road above, low road below).
    float y_of(double index) const;

  private:
    struct Mark {
        sf::Vector2f at;
        RoadMapHit hit;
    };
    std::vector<Mark> marks_;
    sf::FloatRect plot_{};
    double low_ = -10;
    double high_ = 10;
};

void road_map_tooltip(const Translations& tr, const RoadMapData& data, const RoadMapHit& hit);

} // namespace hr::client
