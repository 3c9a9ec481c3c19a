#include "debrief/svg_chart.hpp"

#include "debrief/html_text.hpp"

#include <algorithm>
#include <cmath>

namespace hr::debrief {

namespace {

constexpr double kLeft = 58;
constexpr double kRight = 16;
constexpr double kTop = 14;
constexpr double kBottom = 36;

std::string attr(std::string_view name, std::string_view value) {
    return " " + std::string(name) + "=\"" + escape_html(value) + "\"";
}

std::string attr(std::string_view name, double value) {
    return " " + std::string(name) + "=\"" + svg_number(value) + "\"";
}

std::string titled(std::string element, std::string_view title) {
    if (title.empty()) {
        return element + "/>";
    }
    return element + "><title>" + escape_html(title) + "</title></" +
           element.substr(1, element.find(' ') - 1) + ">";
}

// Where the plot sits inside a chart, and its scales.
struct Plot {
    double left, top, width, height;
    double x_min, x_max, y_min, y_max;

    double px(double x) const {
        if (x_max <= x_min) {
            return left + width / 2;
        }
        return left + (x - x_min) / (x_max - x_min) * width;
    }
    double py(double y) const {
        if (y_max <= y_min) {
            return top + height / 2;
        }
        return top + (1.0 - (y - y_min) / (y_max - y_min)) * height;
    }
};

std::string tick_text(const std::function<std::string(double)>& format, double v) {
    return format ? format(v) : svg_number(v);
}

void round_axis(Svg& svg, const Plot& plot, std::string_view x_label) {
    for (double x : round_ticks(plot.x_min, plot.x_max)) {
        const double at = plot.px(x);
        svg.line(at, plot.top + plot.height, at, plot.top + plot.height + 4, palette::kBorder, 1);
        svg.text(at, plot.top + plot.height + 16, svg_number(x), "middle");
    }
    if (!x_label.empty()) {
        svg.text(plot.left + plot.width / 2, svg.height() - 4, x_label, "middle");
    }
}

void draw_series(Svg& svg, const Plot& plot, const ChartSeries& s, bool mark_ends) {
    if (s.segments_by_point) {
        for (std::size_t i = 1; i < s.points.size(); ++i) {
            const ChartPoint& a = s.points[i - 1];
            const ChartPoint& b = s.points[i];
            svg.line(plot.px(a.x), plot.py(a.y), plot.px(b.x), plot.py(b.y),
                     b.colour.empty() ? s.colour : b.colour, s.width, s.dashed);
        }
    } else {
        std::vector<std::pair<double, double>> points;
        for (const ChartPoint& p : s.points) {
            points.emplace_back(plot.px(p.x), plot.py(p.y));
        }
        svg.polyline(points, s.colour, s.width, s.dashed);
    }
    if (!s.dots) {
        return;
    }
    const double r = std::max(2.5, s.width * 1.3);
    for (std::size_t i = 0; i < s.points.size(); ++i) {
        const ChartPoint& p = s.points[i];
        const std::string colour = p.colour.empty() ? s.colour : p.colour;
        if (mark_ends && i == 0) {
            svg.circle(plot.px(p.x), plot.py(p.y), r, palette::kPanel, p.title, colour);
        } else {
            const bool last = mark_ends && i + 1 == s.points.size();
            svg.circle(plot.px(p.x), plot.py(p.y), last ? r * 1.8 : r, colour, p.title,
                       palette::kPanel);
        }
    }
}

} // namespace

Svg::Svg(double width, double height, std::string_view label) : width_(width), height_(height) {
    out_ = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\"" +
           attr("viewBox", "0 0 " + svg_number(width) + " " + svg_number(height)) +
           attr("role", "img") + attr("aria-label", label) + ">";
}

void Svg::rect(double x, double y, double w, double h, std::string_view fill,
               std::string_view title, double radius, double opacity) {
    std::string e = "<rect" + attr("x", x) + attr("y", y) + attr("width", std::max(0.0, w)) +
                    attr("height", std::max(0.0, h)) + attr("fill", fill);
    if (radius > 0) {
        e += attr("rx", radius);
    }
    if (opacity < 1) {
        e += attr("fill-opacity", opacity);
    }
    out_ += titled(e, title);
}

void Svg::line(double x1, double y1, double x2, double y2, std::string_view stroke, double width,
               bool dashed) {
    out_ += "<line" + attr("x1", x1) + attr("y1", y1) + attr("x2", x2) + attr("y2", y2) +
            attr("stroke", stroke) + attr("stroke-width", width) +
            (dashed ? attr("stroke-dasharray", "5 4") : std::string()) + "/>";
}

void Svg::polyline(const std::vector<std::pair<double, double>>& points, std::string_view stroke,
                   double width, bool dashed) {
    std::string list;
    for (const auto& [x, y] : points) {
        list += (list.empty() ? "" : " ") + svg_number(x) + "," + svg_number(y);
    }
    out_ += "<polyline" + attr("points", list) + attr("fill", "none") + attr("stroke", stroke) +
            attr("stroke-width", width) + attr("stroke-linejoin", "round") +
            attr("stroke-linecap", "round") +
            (dashed ? attr("stroke-dasharray", "6 4") : std::string()) + "/>";
}

void Svg::circle(double cx, double cy, double r, std::string_view fill, std::string_view title,
                 std::string_view stroke) {
    std::string e = "<circle" + attr("cx", cx) + attr("cy", cy) + attr("r", r) + attr("fill", fill);
    if (!stroke.empty()) {
        e += attr("stroke", stroke) + attr("stroke-width", 1.5);
    }
    out_ += titled(e, title);
}

void Svg::marker(double cx, double cy, double size, bool diamond, std::string_view fill,
                 std::string_view title) {
    const double h = size / 2;
    std::string points;
    if (diamond) {
        points = svg_number(cx) + "," + svg_number(cy - h) + " " + svg_number(cx + h) + "," +
                 svg_number(cy) + " " + svg_number(cx) + "," + svg_number(cy + h) + " " +
                 svg_number(cx - h) + "," + svg_number(cy);
    } else {
        points = svg_number(cx - h) + "," + svg_number(cy - h) + " " + svg_number(cx + h) + "," +
                 svg_number(cy - h) + " " + svg_number(cx) + "," + svg_number(cy + h);
    }
    out_ += titled("<polygon" + attr("points", points) + attr("fill", fill), title);
}

void Svg::text(double x, double y, std::string_view text, std::string_view anchor,
               std::string_view fill, double size, bool bold) {
    out_ += "<text" + attr("x", x) + attr("y", y) + attr("fill", fill) + attr("font-size", size) +
            attr("text-anchor", anchor) + (bold ? attr("font-weight", "bold") : std::string()) +
            ">" + escape_html(text) + "</text>";
}

std::vector<double> round_ticks(double x_min, double x_max) {
    const double span = x_max - x_min;
    const double step = span <= 12 ? 1 : (span <= 30 ? 2 : 5);
    std::vector<double> ticks;
    for (double x = x_min; x <= x_max + 1e-9; x += step) {
        ticks.push_back(x);
    }
    return ticks;
}

std::vector<double> value_ticks(double low, double high, int count) {
    if (!(high > low)) {
        return {low};
    }
    const double raw = (high - low) / std::max(1, count);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = m * magnitude;
        if (step >= raw) {
            break;
        }
    }
    std::vector<double> ticks;
    const double first = std::floor(low / step) * step;
    for (int i = 0; i < 100; ++i) {
        const double v = first + i * step;
        ticks.push_back(std::fabs(v) < step * 1e-9 ? 0.0 : v);
        if (v >= high - step * 1e-9) {
            break;
        }
    }
    return ticks;
}

std::string line_chart_svg(const LineChart& chart) {
    double low = chart.baseline.value_or(0);
    double high = low;
    bool any = chart.baseline.has_value();
    for (const ChartSeries& s : chart.series) {
        for (const ChartPoint& p : s.points) {
            if (!std::isfinite(p.y)) {
                continue;
            }
            low = any ? std::min(low, p.y) : p.y;
            high = any ? std::max(high, p.y) : p.y;
            any = true;
        }
    }
    if (high - low < 1e-9) {
        const double pad = std::max(std::fabs(high) * 0.1, 0.05);
        low -= pad;
        high += pad;
    }
    const auto ticks = value_ticks(chart.y_min.value_or(low), chart.y_max.value_or(high), 4);
    Plot plot{kLeft,
              kTop,
              chart.width - kLeft - kRight,
              chart.height - kTop - kBottom,
              chart.x_min,
              chart.x_max,
              chart.y_min.value_or(ticks.front()),
              chart.y_max.value_or(ticks.back())};
    Svg svg(chart.width, chart.height, chart.label);
    svg.rect(0, 0, chart.width, chart.height, palette::kPanel, {}, 6);
    for (const ChartBand& band : chart.bands) {
        const double top = plot.py(std::min(std::max(band.from, band.to), plot.y_max));
        const double bottom = plot.py(std::max(std::min(band.from, band.to), plot.y_min));
        svg.rect(plot.left, top, plot.width, bottom - top, band.colour, band.label, 0,
                 band.opacity);
        if (!band.label.empty() && bottom - top > 14) {
            svg.text(plot.left + plot.width - 6, top + 13, band.label, "end", band.colour, 10,
                     true);
        }
    }
    std::string previous;
    for (double v : ticks) {
        const std::string text = tick_text(chart.y_tick, v);
        // Ticks finer than the numbers' precision (0.5 firms) would repeat a label.
        if (v < plot.y_min - 1e-9 || v > plot.y_max + 1e-9 || text == previous) {
            continue;
        }
        previous = text;
        svg.line(plot.left, plot.py(v), plot.left + plot.width, plot.py(v), palette::kGrid, 1);
        svg.text(plot.left - 6, plot.py(v) + 4, text, "end");
    }
    if (chart.baseline) {
        svg.line(plot.left, plot.py(*chart.baseline), plot.left + plot.width,
                 plot.py(*chart.baseline), palette::kMuted, 1, true);
    }
    round_axis(svg, plot, chart.x_label);
    for (const ChartSeries& s : chart.series) {
        draw_series(svg, plot, s, false);
    }
    return svg.str();
}

std::string path_chart_svg(const PathChart& chart) {
    constexpr double kPathLeft = 46;
    constexpr double kPathTop = 22;
    Plot plot{kPathLeft,
              kPathTop,
              chart.width - kPathLeft - kRight,
              chart.height - kPathTop - kBottom,
              chart.x_min,
              chart.x_max,
              chart.y_min,
              chart.y_max};
    Svg svg(chart.width, chart.height, chart.label);
    svg.rect(0, 0, chart.width, chart.height, palette::kPanel, {}, 6);
    for (double v : value_ticks(chart.y_min, chart.y_max, 4)) {
        if (v < chart.y_min - 1e-9 || v > chart.y_max + 1e-9) {
            continue;
        }
        svg.line(plot.left, plot.py(v), plot.left + plot.width, plot.py(v), palette::kGrid, 1);
        svg.text(plot.left - 5, plot.py(v) + 4, tick_text(chart.y_tick, v), "end");
    }
    for (double v : value_ticks(chart.x_min, chart.x_max, 4)) {
        if (v < chart.x_min - 1e-9 || v > chart.x_max + 1e-9) {
            continue;
        }
        svg.line(plot.px(v), plot.top, plot.px(v), plot.top + plot.height, palette::kGrid, 1);
        svg.text(plot.px(v), plot.top + plot.height + 15, tick_text(chart.x_tick, v), "middle");
    }
    if (chart.y_baseline) {
        svg.line(plot.left, plot.py(*chart.y_baseline), plot.left + plot.width,
                 plot.py(*chart.y_baseline), palette::kMuted, 1, true);
    }
    svg.text(plot.left, 14, chart.y_label, "start");
    svg.text(plot.left + plot.width, chart.height - 4, chart.x_label, "end");
    for (const ChartSeries& s : chart.series) {
        draw_series(svg, plot, s, true);
    }
    return svg.str();
}

std::string bar_chart_svg(const BarChart& chart) {
    double high = 0;
    for (const BarChart::Bar& bar : chart.bars) {
        double total = 0;
        for (double v : bar.values) {
            total += std::max(0.0, v);
        }
        high = std::max(high, total);
    }
    constexpr double kRowHeight = 30;
    const auto ticks = value_ticks(0, high > 0 ? high : 1, 4);
    const double top = kTop + kRowHeight * static_cast<double>(chart.rows.size());
    Plot plot{kLeft,
              top,
              chart.width - kLeft - kRight,
              chart.height - top - kBottom,
              chart.x_min - 0.5,
              chart.x_max + 0.5,
              0,
              ticks.back()};
    Svg svg(chart.width, chart.height, chart.label);
    svg.rect(0, 0, chart.width, chart.height, palette::kPanel, {}, 6);
    for (std::size_t i = 0; i < chart.rows.size(); ++i) {
        const MarkerRow& row = chart.rows[i];
        const double y = kTop + kRowHeight * (static_cast<double>(i) + 0.5);
        svg.line(plot.left, y, plot.left + plot.width, y, palette::kGrid, 1);
        svg.text(plot.left - 6, y + 4, row.label, "end", row.colour, 11, true);
        for (const MarkerRow::Mark& mark : row.marks) {
            svg.marker(plot.px(mark.x), y, 13, row.diamond, row.colour, mark.title);
            svg.text(plot.px(mark.x) + 9, y - 3, mark.text, "start", palette::kText, 10);
        }
    }
    for (double v : ticks) {
        svg.line(plot.left, plot.py(v), plot.left + plot.width, plot.py(v), palette::kGrid, 1);
        svg.text(plot.left - 6, plot.py(v) + 4, tick_text(chart.y_tick, v), "end");
    }
    const double slot = plot.width / std::max(1.0, chart.x_max - chart.x_min + 1);
    const double bar_width = std::min(40.0, slot * 0.6);
    for (const BarChart::Bar& bar : chart.bars) {
        double base = 0;
        for (std::size_t layer = 0; layer < bar.values.size(); ++layer) {
            const double v = std::max(0.0, bar.values[layer]);
            if (v <= 0) {
                continue;
            }
            const double top = plot.py(base + v);
            const std::string colour = layer < chart.layer_colours.size()
                                           ? chart.layer_colours[layer]
                                           : std::string(palette::kAccent);
            svg.rect(plot.px(bar.x) - bar_width / 2, top, bar_width, plot.py(base) - top, colour,
                     layer < bar.titles.size() ? bar.titles[layer] : std::string());
            base += v;
        }
    }
    Plot axis = plot;
    axis.x_min = chart.x_min;
    axis.x_max = chart.x_max;
    axis.left = plot.px(chart.x_min);
    axis.width = plot.px(chart.x_max) - axis.left;
    round_axis(svg, axis, chart.x_label);
    return svg.str();
}

} // namespace hr::debrief
