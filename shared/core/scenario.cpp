#include "core/scenario.hpp"

namespace hr {

const std::string& LocalizedText::in(std::string_view lang) const {
    // A missing translation falls back to English so that a screen is never blank.
    if (lang == "es" && !es.empty()) {
        return es;
    }
    if (lang == "pt" && !pt.empty()) {
        return pt;
    }
    return en;
}

const JointActionSpec* Scenario::joint_action(JointActionType t) const {
    for (const auto& spec : joint_actions) {
        if (spec.type == t) {
            return &spec;
        }
    }
    return nullptr;
}

const EventSpec* Scenario::event(std::string_view event_id) const {
    for (const auto& spec : events) {
        if (spec.id == event_id) {
            return &spec;
        }
    }
    return nullptr;
}

const BuyerProfile* Scenario::buyer(std::string_view buyer_id) const {
    for (const auto& profile : buyers) {
        if (profile.id == buyer_id) {
            return &profile;
        }
    }
    return nullptr;
}

} // namespace hr
