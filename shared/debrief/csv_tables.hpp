#pragma once
// The export as a folder of CSV tables (docs/EXPORT.md documents every column):
//   firm-rounds.csv     one row per firm and round: indicators, the decision and its result
//   cluster-rounds.csv  one row per round: the cluster's indicators and the public spending
//   joint-actions.csv   one row per joint action and round it was on the table
//   contracts.csv       one row per buyer contract signed
//   events.csv          one row per shock applied (or injected and still pending)
//   policy-changes.csv  one row per setting of the policy levers, the scenario's first
// Columns the record's source does not hold (a client's record has no decisions) stay empty.
#include "debrief/game_record.hpp"

#include <string>
#include <vector>

namespace hr::debrief {

// A file of an export: its name inside the export and its text.
struct ExportFile {
    std::string name;
    std::string text;
};

std::string firm_rounds_csv(const GameRecord& record);
std::string cluster_rounds_csv(const GameRecord& record);
std::string joint_actions_csv(const GameRecord& record);
std::string contracts_csv(const GameRecord& record);
std::string events_csv(const GameRecord& record);
std::string policy_changes_csv(const GameRecord& record);

// All six, in the order above.
std::vector<ExportFile> csv_tables(const GameRecord& record);

} // namespace hr::debrief
