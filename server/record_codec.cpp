#include "record_codec.hpp"

namespace hr::server {

std::vector<std::uint8_t> decisions_blob(const std::vector<Decision>& decisions) {
    proto::Writer w;
    proto::Out out(w);
    out.list(decisions, proto::kMaxFirms);
    return w.take();
}

std::optional<std::vector<Decision>> decisions_from(std::span<const std::uint8_t> bytes) {
    proto::Reader r(bytes);
    proto::In in(r);
    std::vector<Decision> decisions;
    in.list(decisions, proto::kMaxFirms);
    r.expect_end();
    return r.ok() ? std::optional(std::move(decisions)) : std::nullopt;
}

std::vector<std::uint8_t> facilitator_blob(const FacilitatorActions& actions) {
    proto::Writer w;
    proto::Out out(w);
    out.list(actions.inject_events, proto::kMaxEvents);
    out.optional(actions.policy);
    return w.take();
}

std::optional<FacilitatorActions> facilitator_from(std::span<const std::uint8_t> bytes) {
    proto::Reader r(bytes);
    proto::In in(r);
    FacilitatorActions actions;
    in.list(actions.inject_events, proto::kMaxEvents);
    in.optional(actions.policy);
    r.expect_end();
    return r.ok() ? std::optional(std::move(actions)) : std::nullopt;
}

} // namespace hr::server
