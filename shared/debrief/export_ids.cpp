#include "debrief/export_ids.hpp"

namespace hr::debrief {

std::string_view seat_id(proto::SeatKind seat) {
    switch (seat) {
    case proto::SeatKind::Open:
        return "open";
    case proto::SeatKind::Human:
        return "human";
    case proto::SeatKind::Bot:
        return "bot";
    }
    return "open";
}

std::string_view source_id(proto::DecisionSource source) {
    switch (source) {
    case proto::DecisionSource::Player:
        return "player";
    case proto::DecisionSource::Bot:
        return "bot";
    case proto::DecisionSource::ProxyBot:
        return "proxy_bot";
    case proto::DecisionSource::Default:
        return "default";
    }
    return "default";
}

std::string_view end_id(proto::GameEnd end) {
    return end == proto::GameEnd::Completed ? "completed" : "ended_by_facilitator";
}

} // namespace hr::debrief
