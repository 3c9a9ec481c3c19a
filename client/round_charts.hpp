#pragma once
// Charts over the rounds (DESIGN §6): wage, unit value, exports and profit, the player's firm
// against the cluster average. Wage and unit value get the road zones: above the cluster's
// round-1 level by more than the road classifier's noise (2 %) is high-road ground, below it
// low-road ground. Under every chart a strip shows the road each round.
#include "core/game_state.hpp"
#include "translations.hpp"

#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <array>
#include <optional>
#include <string>
#include <vector>

namespace hr::client {

enum class ChartMetric : std::uint8_t { Wage, UnitValue, Exports, Profit };
inline constexpr std::size_t kChartMetrics = 4;
inline constexpr std::array<ChartMetric, kChartMetrics> kAllChartMetrics{
    ChartMetric::Wage, ChartMetric::UnitValue, ChartMetric::Exports, ChartMetric::Profit};

// The relative distance from the round-1 level beyond which a chart shades high or low road.
inline constexpr double kRoadZoneMargin = 0.02;

struct ChartPoint {
    int round = 0;
    double value = 0;
};

struct MetricSeries {
    std::vector<ChartPoint> own;     // empty when the viewer has no firm
    std::vector<ChartPoint> cluster; // the average firm; empty when not public yet (profit)
    std::optional<double> baseline;  // the cluster's round-1 level: zones are drawn around it
};

struct RoundChartsData {
    int total_rounds = 0;
    std::string own_name;
    std::array<MetricSeries, kChartMetrics> series;
    std::vector<Road> own_roads;     // round 1 first
    std::vector<Road> cluster_roads; // round 1 first
    const MetricSeries& operator[](ChartMetric m) const {
        return series[static_cast<std::size_t>(m)];
    }
};

// Values as shown: wage level (1 = the cluster's reference wage), unit value in $ a unit,
// exports in thousand units a firm, profit in k$. `all_firms` (every firm's history, e.g. from the
// game-over scores) gives the cluster's average profit; without it the profit chart shows the own
// firm only.
RoundChartsData round_charts_data(const std::vector<FirmRecord>& own, std::string own_name,
                                  const std::vector<ClusterRecord>& cluster,
                                  const std::vector<std::vector<FirmRecord>>& all_firms,
                                  int total_rounds);

struct ChartHit {
    ChartMetric metric = ChartMetric::Wage;
    int round = 0;
    friend bool operator==(const ChartHit&, const ChartHit&) = default;
};

class RoundCharts {
  public:
    // Lays the charts of `metrics` out in `area`: one, two side by side, or a 2 x 2 grid.
    void draw(sf::RenderTarget& target, const RoundChartsData& data, sf::FloatRect area,
              float scale, const Translations& tr,
              const std::vector<ChartMetric>& metrics = {kAllChartMetrics.begin(),
                                                         kAllChartMetrics.end()},
              const std::optional<ChartHit>& hovered = std::nullopt);
    // The chart and the round nearest to `point` in the last drawing.
    std::optional<ChartHit> hit_test(sf::Vector2f point) const;
    // The plotting area the last drawing gave a metric, for tests.
    std::optional<sf::FloatRect> plot_area(ChartMetric metric) const;
    // Where a value at a round lies in a metric's plot, for tests.
    std::optional<sf::Vector2f> point_at(ChartMetric metric, int round, double value) const;

  private:
    struct Plot {
        ChartMetric metric;
        sf::FloatRect area;
        int first_round = 1;
        int last_round = 1;
        double low = 0;
        double high = 1;
    };
    std::vector<Plot> plots_;
};

void round_charts_tooltip(const Translations& tr, const RoundChartsData& data, const ChartHit& hit);

} // namespace hr::client
