#pragma once
// The shipped language files, read for the report's tests.
#include "debrief/report_texts.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>

namespace hr::test {

inline std::string language_json(const std::string& code) {
    std::ifstream in(std::string(HIGHROAD_ASSETS_DIR) + "/lang/" + code + ".json");
    REQUIRE(in.good());
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The report's texts in `code`, English for what that file lacks.
inline debrief::ReportTexts report_texts(const std::string& code) {
    return debrief::ReportTexts::from_json(code, language_json(code), language_json("en"));
}

// The texts of `code` alone: a key the file lacks shows as "[[key]]".
inline debrief::ReportTexts report_texts_without_fallback(const std::string& code) {
    debrief::ReportTexts::Table table;
    for (auto& [key, value] : debrief::flatten_language_json(language_json(code))) {
        table.emplace(std::move(key), std::move(value));
    }
    return debrief::ReportTexts(code, std::move(table), {});
}

} // namespace hr::test
