#pragma once
// A session that goes nowhere, for screens under test: they read its model, and what they ask of
// the server is kept in `sent`.
#include "session_model.hpp"

#include <algorithm>
#include <variant>
#include <vector>

namespace hr::test {

class FakeSession final : public client::SessionActions {
  public:
    client::SessionModel state;
    std::vector<proto::Message> sent;
    bool left = false;

    const client::SessionModel& model() const override { return state; }
    void send(const proto::Message& message) override { sent.push_back(message); }
    void submit(const Decision& decision) override {
        sent.push_back(proto::SubmitDecision{state.next_seq++, decision});
    }
    void acknowledge_notice() override { state.notice.clear(); }
    void leave() override { left = true; }

    template <typename T> int count() const {
        return static_cast<int>(std::count_if(
            sent.begin(), sent.end(), [](const auto& m) { return std::holds_alternative<T>(m); }));
    }
};

} // namespace hr::test
