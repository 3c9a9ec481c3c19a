#include "debrief/report_texts.hpp"

#include <cmath>
#include <iomanip>
#include <locale>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>

namespace hr::debrief {

namespace {

void flatten(const nlohmann::ordered_json& node, const std::string& prefix,
             std::vector<std::pair<std::string, std::string>>& out) {
    for (const auto& [key, value] : node.items()) {
        const std::string path = prefix.empty() ? key : prefix + "." + key;
        if (value.is_object()) {
            flatten(value, path, out);
        } else if (value.is_string()) {
            out.emplace_back(path, value.get<std::string>());
        } else {
            throw std::runtime_error("language file: " + path + " is neither text nor a group");
        }
    }
}

bool all_zero(const std::string& digits) {
    return digits.find_first_not_of("0.,") == std::string::npos;
}

} // namespace

bool is_report_language(std::string_view code) {
    for (std::string_view c : kReportLanguages) {
        if (c == code) {
            return true;
        }
    }
    return false;
}

std::vector<std::pair<std::string, std::string>> flatten_language_json(std::string_view json) {
    const auto doc = nlohmann::ordered_json::parse(json, nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        throw std::runtime_error("language file: not a JSON object");
    }
    std::vector<std::pair<std::string, std::string>> out;
    flatten(doc, "", out);
    return out;
}

ReportTexts::ReportTexts(std::string code, Table texts,
                         std::vector<std::pair<std::string, std::string>> english)
    : code_(std::move(code)), texts_(std::move(texts)) {
    for (auto& [key, value] : english) {
        english_.emplace(std::move(key), std::move(value));
    }
}

ReportTexts ReportTexts::from_json(std::string code, std::string_view json,
                                   std::string_view english_json) {
    Table texts;
    for (auto& [key, value] : flatten_language_json(json)) {
        texts.emplace(std::move(key), std::move(value));
    }
    return ReportTexts(std::move(code), std::move(texts), flatten_language_json(english_json));
}

const std::string& ReportTexts::text(std::string_view key) const {
    if (auto it = texts_.find(key); it != texts_.end()) {
        return it->second;
    }
    if (auto it = english_.find(key); it != english_.end()) {
        return it->second;
    }
    auto it = missing_.find(key);
    if (it == missing_.end()) {
        it = missing_.emplace(std::string(key), "[[" + std::string(key) + "]]").first;
    }
    return it->second;
}

bool ReportTexts::has(std::string_view key) const {
    return texts_.find(key) != texts_.end();
}

std::string
ReportTexts::format(std::string_view key,
                    std::initializer_list<std::pair<std::string_view, std::string>> values) const {
    return substitute(text(key), values);
}

std::string ReportTexts::fixed(double value, int decimals) const {
    if (!std::isfinite(value)) {
        return "–";
    }
    const bool latin = code_ != "en";
    std::ostringstream out;
    out.imbue(std::locale::classic());
    out << std::fixed << std::setprecision(decimals) << std::fabs(value);
    std::string digits = out.str();
    std::string fraction;
    if (auto dot = digits.find('.'); dot != std::string::npos) {
        fraction = digits.substr(dot + 1);
        digits.resize(dot);
    }
    std::string text;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) {
            text += latin ? '.' : ',';
        }
        text += digits[i];
    }
    if (!fraction.empty()) {
        text += latin ? ',' : '.';
        text += fraction;
    }
    // No "-0" for a value that rounds to zero.
    return (value < 0 && !all_zero(text) ? "-" : "") + text;
}

std::string ReportTexts::signed_fixed(double value, int decimals) const {
    const std::string s = fixed(value, decimals);
    return value > 0 && !all_zero(s) ? "+" + s : s;
}

std::string ReportTexts::percent(double share, int decimals) const {
    return fixed(share * 100.0, decimals) + " %";
}

std::string ReportTexts::signed_percent(double change, int decimals) const {
    return signed_fixed(change * 100.0, decimals) + " %";
}

std::string ReportTexts::k_dollars(Money money, int decimals) const {
    return fixed(static_cast<double>(money) / 1000.0, decimals) + " k$";
}

std::string substitute(std::string_view text,
                       std::initializer_list<std::pair<std::string_view, std::string>> values) {
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] == '{') {
            const std::size_t close = text.find('}', i);
            if (close != std::string_view::npos) {
                const std::string_view name = text.substr(i + 1, close - i - 1);
                bool replaced = false;
                for (const auto& [key, value] : values) {
                    if (key == name) {
                        out += value;
                        replaced = true;
                        break;
                    }
                }
                if (replaced) {
                    i = close + 1;
                    continue;
                }
            }
        }
        out += text[i++];
    }
    return out;
}

} // namespace hr::debrief
