#include "debrief/export_bundle.hpp"

#include "debrief/game_json.hpp"
#include "debrief/html_report.hpp"

namespace hr::debrief {

std::vector<ExportFile> export_bundle(const GameRecord& record, const ReportTexts& texts,
                                      const WhatIfOutcome* what_if) {
    const DebriefAnswers answers = answer_research_questions(record.input);
    std::vector<ExportFile> files = csv_tables(record);
    files.push_back({std::string(kJsonName), game_json(record, answers, what_if)});
    files.push_back({std::string(kReportName), html_report(record, answers, texts, what_if)});
    return files;
}

} // namespace hr::debrief
