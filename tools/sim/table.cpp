#include "table.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace hr::sim {

namespace {

// Display width in characters: counts UTF-8 lead bytes so that "±" is one column.
std::size_t width(const std::string& s) {
    return static_cast<std::size_t>(std::count_if(
        s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

void pad(std::string& out, const std::string& cell, std::size_t w, bool right) {
    const std::string spaces(w - std::min(w, width(cell)), ' ');
    out += right ? spaces + cell : cell + spaces;
}

// Numbers are right-aligned, words left-aligned; a column follows its first row.
bool numeric(const std::string& cell) {
    return !cell.empty() && (std::isdigit(static_cast<unsigned char>(cell[0])) != 0 ||
                             cell[0] == '-' || cell[0] == '+');
}

} // namespace

std::string fixed(double x, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, x);
    return buf;
}

std::string with_interval(double mean, double half_width, int decimals) {
    return fixed(mean, decimals) + " ± " + fixed(half_width, decimals);
}

std::string render_text(const Table& t) {
    std::vector<std::size_t> w(t.header.size(), 0);
    for (std::size_t c = 0; c < t.header.size(); ++c) {
        w[c] = width(t.header[c]);
    }
    for (const auto& row : t.rows) {
        for (std::size_t c = 0; c < row.size() && c < w.size(); ++c) {
            w[c] = std::max(w[c], width(row[c]));
        }
    }
    std::string out = t.title + "\n";
    std::vector<bool> right(w.size(), false);
    for (std::size_t c = 0; c < w.size() && !t.rows.empty(); ++c) {
        right[c] = c < t.rows.front().size() && numeric(t.rows.front()[c]);
    }
    auto line = [&](const std::vector<std::string>& cells) {
        for (std::size_t c = 0; c < w.size(); ++c) {
            out += c == 0 ? "  " : "   ";
            pad(out, c < cells.size() ? cells[c] : std::string{}, w[c], right[c]);
        }
        out += '\n';
    };
    line(t.header);
    std::size_t total = 0;
    for (std::size_t c : w) {
        total += c + 3;
    }
    out += "  " + std::string(total > 3 ? total - 3 : 0, '-') + "\n";
    for (const auto& row : t.rows) {
        line(row);
    }
    for (const auto& n : t.notes) {
        out += "  " + n + "\n";
    }
    return out;
}

std::string render_markdown(const Table& t) {
    std::string out = "### " + t.title + "\n\n|";
    for (const auto& h : t.header) {
        out += " " + h + " |";
    }
    out += "\n|";
    for (std::size_t c = 0; c < t.header.size(); ++c) {
        out += c == 0 ? "---|" : "---:|";
    }
    out += "\n";
    for (const auto& row : t.rows) {
        out += "|";
        for (const auto& cell : row) {
            out += " " + cell + " |";
        }
        out += "\n";
    }
    if (!t.notes.empty()) {
        out += "\n";
        for (const auto& n : t.notes) {
            out += n + "\n\n";
        }
    }
    return out;
}

} // namespace hr::sim
