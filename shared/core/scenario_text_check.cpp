#include "core/scenario_text_check.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

namespace hr {

namespace {

using json = nlohmann::json;

// Error texts may quote the input; keep them printable ASCII and short so that they are safe to
// show and send anywhere.
std::string printable(std::string_view s) {
    constexpr std::size_t kMaxReason = 300;
    std::string out;
    for (const char c : s.substr(0, kMaxReason)) {
        const auto u = static_cast<unsigned char>(c);
        out.push_back(u >= 0x20 && u < 0x7f ? c : '?');
    }
    return out;
}

// nlohmann's messages start with "[json.exception.parse_error.101] parse error at line 3, column
// 9: "; keep only what went wrong, since the position is given in the same words for every error.
std::string_view what_went_wrong(std::string_view what) {
    constexpr std::string_view kId = "] ";
    constexpr std::string_view kPosition = "parse error at ";
    if (const auto id = what.find(kId); id != std::string_view::npos) {
        what.remove_prefix(id + kId.size());
    }
    if (what.substr(0, kPosition.size()) == kPosition) {
        if (const auto colon = what.find(": "); colon != std::string_view::npos) {
            what.remove_prefix(colon + 2);
        }
    }
    return what;
}

std::string position_of(std::string_view text, std::size_t byte) {
    byte = std::min(byte, text.size());
    const std::string_view before = text.substr(0, byte);
    const auto line = 1 + std::count(before.begin(), before.end(), '\n');
    const auto last_newline = before.rfind('\n');
    const std::size_t column =
        last_newline == std::string_view::npos ? byte : byte - last_newline - 1;
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

class ShapeChecker {
  public:
    ShapeChecker(std::string_view text, std::size_t max_problems)
        : text_(text), max_problems_(max_problems) {}

    bool null() { return scalar(); }
    bool boolean(bool) { return scalar(); }
    bool number_integer(json::number_integer_t) { return scalar(); }
    bool number_unsigned(json::number_unsigned_t) { return scalar(); }
    bool number_float(json::number_float_t, const json::string_t&) { return scalar(); }
    bool string(json::string_t&) { return scalar(); }
    bool binary(json::binary_t&) { return scalar(); }

    bool start_object(std::size_t) { return open(false); }
    bool start_array(std::size_t) { return open(true); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(json::string_t& k) {
        Frame& f = frames_.back();
        f.key = k;
        if (!f.keys.insert(k).second) {
            add(field_path(path(frames_.size() - 1), k),
                "duplicate key: it appears more than once in the same object");
        }
        return true;
    }

    bool parse_error(std::size_t position, const std::string&,
                     const nlohmann::detail::exception& ex) {
        result_.parseable = false;
        add("", "invalid JSON at " + position_of(text_, position) + ": " +
                    printable(what_went_wrong(ex.what())));
        return false;
    }

    TextCheck take() { return std::move(result_); }

  private:
    struct Frame {
        bool array = false;
        std::size_t elements = 0;
        std::string key;
        std::set<std::string> keys;
    };

    bool scalar() {
        count_element();
        return true;
    }

    bool open(bool array) {
        count_element();
        if (frames_.size() >= kMaxScenarioDepth) {
            result_.parseable = false;
            add(path(frames_.size()),
                "nested deeper than " + std::to_string(kMaxScenarioDepth) + " levels");
            return false;
        }
        frames_.push_back(Frame{array, 0, {}, {}});
        return true;
    }

    bool close() {
        frames_.pop_back();
        return true;
    }

    void count_element() {
        if (!frames_.empty() && frames_.back().array) {
            ++frames_.back().elements;
        }
    }

    // The path of the value held by the first `depth` frames.
    std::string path(std::size_t depth) const {
        std::string p;
        for (std::size_t i = 0; i < depth; ++i) {
            const Frame& f = frames_[i];
            p = f.array ? element_path(p, f.elements - 1) : field_path(p, f.key);
        }
        return p;
    }

    void add(std::string field, std::string reason) {
        if (result_.problems.size() < max_problems_) {
            result_.problems.push_back({std::move(field), std::move(reason)});
        }
    }

    std::string_view text_;
    std::size_t max_problems_;
    std::vector<Frame> frames_;
    TextCheck result_;
};

} // namespace

std::string field_path(std::string_view parent, std::string_view key) {
    std::string p(parent);
    if (!p.empty()) {
        p += '.';
    }
    p += key;
    return p;
}

std::string element_path(std::string_view parent, std::size_t index) {
    return std::string(parent) + '[' + std::to_string(index) + ']';
}

TextCheck check_scenario_text(std::string_view text, std::size_t max_problems) {
    if (text.size() > kMaxScenarioBytes) {
        TextCheck check;
        check.parseable = false;
        check.problems.push_back({"", "file too large: " + std::to_string(text.size()) +
                                          " bytes, the limit is " +
                                          std::to_string(kMaxScenarioBytes)});
        return check;
    }
    ShapeChecker checker(text, max_problems);
    json::sax_parse(text.begin(), text.end(), &checker);
    return checker.take();
}

} // namespace hr
