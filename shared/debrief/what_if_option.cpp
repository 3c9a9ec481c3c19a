#include "debrief/what_if_option.hpp"

#include <charconv>
#include <optional>
#include <vector>

namespace hr::debrief {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && s.front() == ' ') {
        s.remove_prefix(1);
    }
    while (!s.empty() && s.back() == ' ') {
        s.remove_suffix(1);
    }
    return s;
}

std::optional<int> whole_number(std::string_view s) {
    int v = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size()) {
        return std::nullopt;
    }
    return v;
}

} // namespace

std::variant<WhatIfPlan, std::string> parse_what_if(std::string_view text, int firms) {
    std::optional<int> from;
    std::optional<Archetype> everyone;
    std::vector<std::pair<int, Archetype>> seats;
    Difficulty difficulty = Difficulty::Normal;
    while (!text.empty()) {
        const std::size_t comma = text.find(',');
        const std::string_view item = trim(text.substr(0, comma));
        text = comma == std::string_view::npos ? std::string_view() : text.substr(comma + 1);
        if (item.empty()) {
            continue;
        }
        const std::size_t eq = item.find('=');
        if (eq == std::string_view::npos) {
            return "\"" + std::string(item) + "\" is not key=value";
        }
        const std::string_view key = trim(item.substr(0, eq));
        const std::string_view value = trim(item.substr(eq + 1));
        if (key == "from") {
            from = whole_number(value);
            if (!from) {
                return "from= takes a round number";
            }
        } else if (key == "difficulty") {
            const auto d = difficulty_from(value);
            if (!d) {
                return "difficulty= takes easy, normal or hard";
            }
            difficulty = *d;
        } else {
            const auto archetype = archetype_from(value);
            if (!archetype) {
                return "\"" + std::string(value) +
                       "\" is not a bot (low-roader, upgrader, "
                       "brand-builder, loyal-subcontractor, "
                       "free-rider, cooperator, adaptive)";
            }
            if (key == "all") {
                everyone = archetype;
            } else if (const auto firm = whole_number(key)) {
                seats.emplace_back(*firm, *archetype);
            } else {
                return "\"" + std::string(key) +
                       "\" is neither from, all, difficulty nor a firm "
                       "number";
            }
        }
    }
    if (!from) {
        return "a what-if needs from=ROUND";
    }
    if (!everyone && seats.empty()) {
        return "a what-if needs all=BOT or FIRM=BOT";
    }
    WhatIfPlan plan;
    plan.from_round = *from;
    if (everyone) {
        for (int f = 0; f < firms; ++f) {
            plan.bots.push_back({static_cast<FirmId>(f), {*everyone, difficulty}});
        }
    }
    for (const auto& [firm, archetype] : seats) {
        if (firm < 0 || firm >= firms) {
            return "firm " + std::to_string(firm) + " is not in this game (firms 0 to " +
                   std::to_string(firms - 1) + ")";
        }
        const auto id = static_cast<FirmId>(firm);
        std::erase_if(plan.bots, [id](const WhatIfBot& b) { return b.firm == id; });
        plan.bots.push_back({id, {archetype, difficulty}});
    }
    return plan;
}

} // namespace hr::debrief
