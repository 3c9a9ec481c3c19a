#pragma once
// The debrief's export for the teacher, written to disk: the files shared/debrief makes (the CSV
// tables, the JSON document of the game, the HTML report) into a folder of their own.
#include "debrief/csv_tables.hpp"
#include "debrief/report_texts.hpp"
#include "protocol/messages.hpp"
#include "translations.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace hr::client {

// ~/HighRoad-exports (the current directory when HOME is not set).
std::filesystem::path default_export_dir();

// The what-if replay the server last sent, for the export's report and JSON (none: nothing).
std::optional<WhatIfOutcome> what_if_of(const std::optional<proto::WhatIfResult>& result);

// The report's texts in the client's current language, English for what it lacks.
debrief::ReportTexts report_texts(const Translations& tr);

struct ExportOutcome {
    std::filesystem::path folder;
    std::vector<std::filesystem::path> files; // written, in the order given
    std::string problem;                      // empty when every file was written
};

// Writes the files into `dir`/`name`, creating the folders; stops at the first failure.
ExportOutcome write_export(const std::vector<debrief::ExportFile>& files,
                           const std::filesystem::path& dir, const std::string& name);

} // namespace hr::client
