#pragma once
// The what-if picture (issue 9): the game as played beside its replay. Above, the cluster's
// indicators round by round, the original's line and the replay's, parting at the replay's first
// round; below, each firm's road round by round, as played and in the replay, one strip above the
// other.
#include "core/what_if.hpp"
#include "core/what_if_summary.hpp"
#include "translations.hpp"

#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <array>
#include <optional>
#include <string>
#include <vector>

namespace hr::client {

// The cluster measures the picture charts.
inline constexpr std::array<WhatIfMeasure, 4> kWhatIfChartMeasures{
    WhatIfMeasure::AverageWage, WhatIfMeasure::UnitValue, WhatIfMeasure::Exports,
    WhatIfMeasure::Capability};

struct WhatIfFirmRow {
    std::string name;
    bool own = false;           // the viewer's firm
    bool by_bot = false;        // the plan gave it a bot
    std::vector<Road> original; // round 1 first; a bankrupt round is Downgrading and flagged
    std::vector<Road> replay;
    std::vector<bool> original_out; // bankrupt after the round
    std::vector<bool> replay_out;
};

struct WhatIfChartData {
    int from_round = 1;
    int rounds = 0;
    // Per measure, round 1 first.
    std::array<std::vector<double>, kWhatIfChartMeasures.size()> original;
    std::array<std::vector<double>, kWhatIfChartMeasures.size()> replay;
    std::vector<WhatIfFirmRow> firms;
};

// `names` indexed by FirmId (missing names become "Firm N").
WhatIfChartData what_if_chart_data(const WhatIfPlan& plan, const WhatIfPath& original,
                                   const WhatIfPath& replay, const std::vector<std::string>& names,
                                   std::optional<FirmId> own);

// The translation key of a measure's name ("whatif.measure.average_wage") and how it is shown.
std::string_view measure_key(WhatIfMeasure m);
std::string format_measure(WhatIfMeasure m, double value, Language lang);

struct WhatIfHit {
    std::optional<std::size_t> measure; // a chart, or else the road grid
    std::optional<FirmId> firm;         // a row of the road grid
    int round = 0;
    friend bool operator==(const WhatIfHit&, const WhatIfHit&) = default;
};

class WhatIfChart {
  public:
    void draw(sf::RenderTarget& target, const WhatIfChartData& data, sf::FloatRect area,
              float scale, const Translations& tr,
              const std::optional<WhatIfHit>& hovered = std::nullopt);
    std::optional<WhatIfHit> hit_test(sf::Vector2f point) const;
    // Where the last drawing put a measure's chart, for tests.
    std::optional<sf::FloatRect> plot_area(std::size_t measure) const;
    // Where the last drawing put the road grid, for tests.
    sf::FloatRect grid_area() const { return grid_; }

  private:
    struct Plot {
        sf::FloatRect area;
        double low = 0;
        double high = 1;
    };
    std::vector<Plot> plots_;
    sf::FloatRect grid_;
    float grid_left_ = 0; // where the round cells start
    float rows_top_ = 0;  // where the first firm's row starts
    float row_height_ = 0;
    int rounds_ = 0;
    std::size_t firms_ = 0;
};

void what_if_tooltip(const Translations& tr, const WhatIfChartData& data, const WhatIfHit& hit);

} // namespace hr::client
