#include "game_export.hpp"

#include <cstdlib>
#include <fstream>

namespace hr::client {

std::filesystem::path default_export_dir() {
    const char* home = std::getenv("HOME");
    std::filesystem::path base =
        home != nullptr && *home != '\0' ? std::filesystem::path(home) : std::filesystem::path(".");
    return base / "HighRoad-exports";
}

std::optional<WhatIfOutcome> what_if_of(const std::optional<proto::WhatIfResult>& result) {
    if (!result) {
        return std::nullopt;
    }
    return WhatIfOutcome{result->plan, result->original, result->replay};
}

debrief::ReportTexts report_texts(const Translations& tr) {
    return debrief::ReportTexts(std::string(language_code(tr.language())),
                                tr.table(tr.language()).by_key,
                                tr.table(Language::English).entries);
}

ExportOutcome write_export(const std::vector<debrief::ExportFile>& files,
                           const std::filesystem::path& dir, const std::string& name) {
    ExportOutcome outcome;
    outcome.folder = dir / (name.empty() ? std::string("highroad") : name);
    std::error_code ec;
    std::filesystem::create_directories(outcome.folder, ec);
    if (ec) {
        outcome.problem = outcome.folder.string() + ": " + ec.message();
        return outcome;
    }
    for (const debrief::ExportFile& file : files) {
        const std::filesystem::path path = outcome.folder / file.name;
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out << file.text;
        out.close();
        if (!out) {
            outcome.problem = "cannot write " + path.string();
            return outcome;
        }
        outcome.files.push_back(path);
    }
    return outcome;
}

} // namespace hr::client
