#pragma once
// The report's charts as inline SVG: a small builder for shapes with hover titles, a line chart
// over the rounds (with dots that may each carry their own colour, e.g. the road of that round)
// and stacked bars over the rounds. Colours follow the client's dark "night drive" palette.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hr::debrief {

namespace palette {
inline constexpr std::string_view kBackground = "#0e1520";
inline constexpr std::string_view kPanel = "#172030";
inline constexpr std::string_view kGrid = "#2a3548";
inline constexpr std::string_view kBorder = "#34415a";
inline constexpr std::string_view kText = "#e8edf3";
inline constexpr std::string_view kMuted = "#9aa7b8";
inline constexpr std::string_view kAccent = "#2a9d90";
inline constexpr std::string_view kHighlight = "#f2c14e";
inline constexpr std::string_view kDanger = "#e06c6c";
} // namespace palette

class Svg {
  public:
    // An <svg> of this size (scaled to its container's width by CSS), named for screen readers.
    Svg(double width, double height, std::string_view label);

    void rect(double x, double y, double w, double h, std::string_view fill,
              std::string_view title = {}, double radius = 0, double opacity = 1);
    void line(double x1, double y1, double x2, double y2, std::string_view stroke, double width,
              bool dashed = false);
    void polyline(const std::vector<std::pair<double, double>>& points, std::string_view stroke,
                  double width, bool dashed = false);
    void circle(double cx, double cy, double r, std::string_view fill, std::string_view title = {},
                std::string_view stroke = {});
    // A triangle pointing down (a shock) or a diamond (a policy decision) centred on (cx, cy).
    void marker(double cx, double cy, double size, bool diamond, std::string_view fill,
                std::string_view title = {});
    void text(double x, double y, std::string_view text, std::string_view anchor = "start",
              std::string_view fill = palette::kMuted, double size = 11, bool bold = false);

    double width() const { return width_; }
    double height() const { return height_; }
    std::string str() const { return out_ + "</svg>"; }

  private:
    std::string out_;
    double width_;
    double height_;
};

struct ChartPoint {
    double x = 0;
    double y = 0;
    std::string colour; // the dot's; empty: the series colour
    std::string title;  // shown on hover
};

struct ChartSeries {
    std::string label;
    std::string colour;
    double width = 2.0;
    bool dashed = false;
    bool dots = true;
    // Each segment takes the colour of the point it ends at (a firm's road, round by round).
    bool segments_by_point = false;
    std::vector<ChartPoint> points;
};

// A horizontal band of the plot, e.g. the high-road zone above the start.
struct ChartBand {
    double from = 0;
    double to = 0;
    std::string colour;
    double opacity = 0.12;
    std::string label;
};

struct LineChart {
    std::string label; // for screen readers
    double width = 640;
    double height = 240;
    double x_min = 1;
    double x_max = 10;
    std::optional<double> y_min; // default: the data's range, padded
    std::optional<double> y_max;
    std::optional<double> baseline; // a dashed line across, e.g. 0 or the world frontier
    std::vector<ChartBand> bands;
    std::string x_label;
    std::function<std::string(double)> y_tick; // tick text; default: the number as is
    std::vector<ChartSeries> series;
};

std::string line_chart_svg(const LineChart& chart);

// A path through a plane (e.g. a firm's capability against its wage, round by round): both axes
// are values with fixed ranges, so that small multiples can be compared at a glance. The first
// point of each series is drawn hollow, the last one larger.
struct PathChart {
    std::string label;
    double width = 300;
    double height = 220;
    double x_min = 0;
    double x_max = 1;
    double y_min = 0;
    double y_max = 1;
    std::optional<double> y_baseline;
    std::string x_label; // under the plot, e.g. "capability →"
    std::string y_label; // above the plot, e.g. "↑ wage"
    std::function<std::string(double)> x_tick;
    std::function<std::string(double)> y_tick;
    std::vector<ChartSeries> series;
};

std::string path_chart_svg(const PathChart& chart);

// A row of markers above a bar chart, at rounds (a timeline of shocks or of decisions).
struct MarkerRow {
    std::string label;
    std::string colour;
    bool diamond = false; // else a triangle pointing down
    struct Mark {
        double x = 0;
        std::string text;  // short, drawn beside the marker (e.g. its number in a table)
        std::string title; // shown on hover
    };
    std::vector<Mark> marks;
};

// Bars stacked per round, one colour per layer, with a hover title on each part; marker rows, if
// any, run above the bars on the same rounds.
struct BarChart {
    std::string label;
    double width = 640;
    double height = 200;
    double x_min = 1;
    double x_max = 10;
    std::vector<std::string> layer_colours;
    struct Bar {
        double x = 0;
        std::vector<double> values;      // one per layer, non-negative
        std::vector<std::string> titles; // one per layer
    };
    std::vector<Bar> bars;
    std::string x_label;
    std::function<std::string(double)> y_tick;
    std::vector<MarkerRow> rows;
};

std::string bar_chart_svg(const BarChart& chart);

// Round ticks for an axis from x_min to x_max: every round up to 12, then every 2nd or 5th.
std::vector<double> round_ticks(double x_min, double x_max);
// About `count` round-numbered ticks that cover [low, high].
std::vector<double> value_ticks(double low, double high, int count);

} // namespace hr::debrief
