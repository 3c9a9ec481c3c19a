#include "mix.hpp"

#include "usage_error.hpp"

#include <charconv>

namespace hr::sim {

namespace {

constexpr int kMaxFirms = 16;

std::string_view trim(std::string_view s) {
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string_view::npos) {
        return {};
    }
    const auto last = s.find_last_not_of(" \t");
    return s.substr(first, last - first + 1);
}

std::vector<std::string_view> split(std::string_view s, char sep) {
    std::vector<std::string_view> out;
    for (;;) {
        const auto pos = s.find(sep);
        out.push_back(trim(s.substr(0, pos)));
        if (pos == std::string_view::npos) {
            return out;
        }
        s.remove_prefix(pos + 1);
    }
}

std::string known_archetypes() {
    std::string out;
    for (Archetype a : kAllArchetypes) {
        out += out.empty() ? "" : ", ";
        out += to_string(a);
    }
    return out;
}

[[noreturn]] void fail(std::string_view part, const std::string& why) {
    throw UsageError("bad firm mix at \"" + std::string(part) + "\": " + why +
                     " (expected e.g. \"low-roader:4,upgrader:4,free-rider:2\")");
}

} // namespace

int Mix::total() const {
    int n = 0;
    for (const auto& e : entries) {
        n += e.count;
    }
    return n;
}

std::vector<MixEntry> Mix::seats() const {
    std::vector<MixEntry> out;
    for (const auto& e : entries) {
        for (int i = 0; i < e.count; ++i) {
            out.push_back({e.archetype, 1, e.difficulty});
        }
    }
    return out;
}

std::string Mix::text() const {
    std::string out;
    for (const auto& e : entries) {
        out += out.empty() ? "" : ",";
        out += std::string(to_string(e.archetype)) + ":" + std::to_string(e.count) + ":" +
               std::string(to_string(e.difficulty));
    }
    return out;
}

Mix parse_mix(std::string_view text, Difficulty default_difficulty) {
    if (trim(text).empty()) {
        throw UsageError("the firm mix is empty (expected e.g. \"low-roader:4,upgrader:4\")");
    }
    Mix mix;
    for (std::string_view part : split(text, ',')) {
        if (part.empty()) {
            fail(part, "an empty entry (two commas, or a comma at an end)");
        }
        const auto fields = split(part, ':');
        if (fields.size() < 2 || fields.size() > 3) {
            fail(part, "each entry is archetype:count or archetype:count:difficulty");
        }
        MixEntry e;
        const auto archetype = archetype_from(fields[0]);
        if (!archetype) {
            fail(part, "unknown archetype \"" + std::string(fields[0]) +
                           "\"; known: " + known_archetypes());
        }
        e.archetype = *archetype;
        const std::string_view count = fields[1];
        const auto [end, ec] = std::from_chars(count.data(), count.data() + count.size(), e.count);
        if (ec != std::errc{} || end != count.data() + count.size() || count.empty() ||
            e.count < 1 || e.count > kMaxFirms) {
            fail(part, "the count must be a whole number from 1 to " + std::to_string(kMaxFirms));
        }
        e.difficulty = default_difficulty;
        if (fields.size() == 3) {
            const auto difficulty = difficulty_from(fields[2]);
            if (!difficulty) {
                fail(part, "unknown difficulty \"" + std::string(fields[2]) +
                               "\"; known: easy, normal, hard");
            }
            e.difficulty = *difficulty;
        }
        mix.entries.push_back(e);
    }
    if (mix.total() > kMaxFirms) {
        throw UsageError("the firm mix has " + std::to_string(mix.total()) +
                         " firms; a cluster holds at most " + std::to_string(kMaxFirms));
    }
    return mix;
}

} // namespace hr::sim
