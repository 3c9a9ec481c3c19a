#pragma once
// The encodings of what the database stores as blobs: the protocol's own field layouts
// (protocol/archive.hpp), so that a stored decision is read back bit for bit.
#include "core/rules.hpp"
#include "protocol/view_codec.hpp"

#include <optional>
#include <span>
#include <vector>

namespace hr::server {

template <class T> std::vector<std::uint8_t> to_blob(const T& value) {
    proto::Writer w;
    proto::Out out(w);
    io(out, value);
    return w.take();
}

template <class T> std::optional<T> from_blob(std::span<const std::uint8_t> bytes) {
    proto::Reader r(bytes);
    proto::In in(r);
    T value{};
    io(in, value);
    r.expect_end();
    return r.ok() ? std::optional<T>(std::move(value)) : std::nullopt;
}

std::vector<std::uint8_t> decisions_blob(const std::vector<Decision>& decisions);
std::optional<std::vector<Decision>> decisions_from(std::span<const std::uint8_t> bytes);

std::vector<std::uint8_t> facilitator_blob(const FacilitatorActions& actions);
std::optional<FacilitatorActions> facilitator_from(std::span<const std::uint8_t> bytes);

} // namespace hr::server
