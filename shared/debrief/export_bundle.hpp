#pragma once
// Everything an export writes, as named texts: the CSV tables, game.json and report.html. The
// callers (the client's debrief and console, highroad-server export) decide where they go.
#include "core/what_if.hpp"
#include "debrief/csv_tables.hpp"
#include "debrief/report_texts.hpp"

#include <vector>

namespace hr::debrief {

inline constexpr std::string_view kJsonName = "game.json";
inline constexpr std::string_view kReportName = "report.html";

// The six tables, then game.json, then report.html in the texts' language; a what-if replay
// (may be null) goes into the JSON and the report.
std::vector<ExportFile> export_bundle(const GameRecord& record, const ReportTexts& texts,
                                      const WhatIfOutcome* what_if = nullptr);

} // namespace hr::debrief
