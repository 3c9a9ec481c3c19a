#pragma once
// Result tables of the research and policy commands, rendered for the terminal (aligned columns)
// or as Markdown.
#include <string>
#include <vector>

namespace hr::sim {

struct Table {
    std::string title;
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> notes; // printed under the table
};

std::string render_text(const Table& t);
std::string render_markdown(const Table& t);

// "0.123 ± 0.004" with `decimals` digits after the point.
std::string with_interval(double mean, double half_width, int decimals);
std::string fixed(double x, int decimals);

} // namespace hr::sim
