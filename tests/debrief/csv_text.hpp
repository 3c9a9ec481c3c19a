#pragma once
// Reading back the CSV the export writes: lines split at CRLF, fields split at commas outside
// quotes, doubled quotes undone.
#include <catch2/catch.hpp>
#include <map>
#include <string>
#include <vector>

namespace hr::test {

inline std::vector<std::string> csv_fields(const std::string& line) {
    std::vector<std::string> out(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                out.back() += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                out.back() += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            out.emplace_back();
        } else {
            out.back() += c;
        }
    }
    return out;
}

// Each row as column name -> value; the header is checked to have unique names.
inline std::vector<std::map<std::string, std::string>> csv_rows(const std::string& text) {
    std::vector<std::vector<std::string>> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = text.find("\r\n", start);
        REQUIRE(end != std::string::npos);
        lines.push_back(csv_fields(text.substr(start, end - start)));
        start = end + 2;
    }
    REQUIRE_FALSE(lines.empty());
    const auto& header = lines.front();
    std::vector<std::map<std::string, std::string>> rows;
    for (std::size_t i = 1; i < lines.size(); ++i) {
        REQUIRE(lines[i].size() == header.size());
        std::map<std::string, std::string> row;
        for (std::size_t c = 0; c < header.size(); ++c) {
            row[header[c]] = lines[i][c];
        }
        REQUIRE(row.size() == header.size());
        rows.push_back(std::move(row));
    }
    return rows;
}

inline std::vector<std::string> csv_header(const std::string& text) {
    return csv_fields(text.substr(0, text.find("\r\n")));
}

} // namespace hr::test
