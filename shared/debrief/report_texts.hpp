#pragma once
// The report's words in the facilitator's language: the texts of assets/lang/<code>.json (the
// same files the client shows, so that the report and the screens say the same), looked up by
// dotted key with a fallback to English, {placeholders} filled in, and numbers written the way
// the language writes them (decimal comma in Spanish and Portuguese).
#include "core/money.hpp"

#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hr::debrief {

// The languages a report can be written in, by code.
inline constexpr std::string_view kReportLanguages[] = {"en", "es", "pt"};
bool is_report_language(std::string_view code);

// One language file flattened to dotted keys, in the file's order. Throws std::runtime_error for
// text that is not JSON, or values that are neither objects nor strings.
std::vector<std::pair<std::string, std::string>> flatten_language_json(std::string_view json);

class ReportTexts {
  public:
    using Table = std::map<std::string, std::string, std::less<>>;

    // `texts` in the report's language; `english` for what it lacks, in the English file's order.
    ReportTexts(std::string code, Table texts,
                std::vector<std::pair<std::string, std::string>> english);
    // From the JSON text of the language file and of the English one.
    static ReportTexts from_json(std::string code, std::string_view json,
                                 std::string_view english_json);

    const std::string& code() const { return code_; }
    // The text in the report's language, else in English, else a visible "[[key]]".
    const std::string& text(std::string_view key) const;
    std::string
    format(std::string_view key,
           std::initializer_list<std::pair<std::string_view, std::string>> values) const;
    bool has(std::string_view key) const;

    // 1234.5 -> "1,234.5" (en) or "1.234,5" (es, pt); "–" for a value that is not finite.
    std::string fixed(double value, int decimals) const;
    // With a sign: "+3.2", "-0.5", "0.0".
    std::string signed_fixed(double value, int decimals) const;
    // A share 0 … 1: 0.123 -> "12 %".
    std::string percent(double share, int decimals) const;
    // A relative change: -0.05 -> "-5 %".
    std::string signed_percent(double change, int decimals) const;
    // Money in thousands of dollars: 152300 -> "152.3 k$".
    std::string k_dollars(Money money, int decimals) const;

  private:
    std::string code_;
    Table texts_;
    Table english_;
    mutable Table missing_;
};

// Replaces each {name} with its value; unknown names stay visible as they are.
std::string substitute(std::string_view text,
                       std::initializer_list<std::pair<std::string_view, std::string>> values);

} // namespace hr::debrief
