#pragma once
// The rules of a scenario file that span several fields: unique ids, rounds that exist, firm counts
// in order, and references that must resolve (a buyer that requires certification needs the
// standards joint action, a quality scandal needs a collective label to hit, ...).
#include "core/scenario.hpp"
#include "core/scenario_field_reader.hpp"

namespace hr {

void check_consistency(const Scenario& scenario, ErrorSink& sink);

} // namespace hr
