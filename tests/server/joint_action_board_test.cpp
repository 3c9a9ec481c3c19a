// The live board of joint actions, fed what hostile players may send.
#include "server_harness.hpp"

#include <limits>

using namespace hr;
using namespace hr::server;
using namespace hr::server::testing;
using proto::ErrorCode;

namespace {

constexpr Money kMax = std::numeric_limits<Money>::max();

} // namespace

TEST_CASE("pledges at the end of Money's range add up without wrapping around", "[server]") {
    // Found writing the hostile-client tests, confirmed by UBSan under fuzz_room_message: the
    // board's pledged total of two such shares overflowed (undefined behaviour).
    Harness h;
    const std::string code = h.create(1, quick_room(4, 2));
    h.join(2, code, "Ana");
    h.join(3, code, "Bruno");
    h.send(1, proto::Start{});
    h.send(2, proto::ProposeJointAction{1, JointActionType::TradeFair, kMax});
    const auto proposed = h.last<proto::JointActionBoard>(3).actions;
    const auto pending = std::find_if(proposed.begin(), proposed.end(),
                                      [](const proto::PublicJointAction& a) { return a.pending; });
    REQUIRE(pending != proposed.end());
    h.send(3, proto::JoinJointAction{1, pending->id, kMax});
    const auto board = h.last<proto::JointActionBoard>(2).actions;
    const auto joined = std::find_if(board.begin(), board.end(),
                                     [&](const auto& a) { return a.id == pending->id; });
    REQUIRE(joined != board.end());
    CHECK(joined->members.size() == 2);
    CHECK(joined->pledged == kMax);
    // The round still resolves: the shares are what the action costs, not the pledges.
    h.send(2, proto::SubmitDecision{1, scripted(0, 1)});
    h.send(3, proto::SubmitDecision{1, scripted(1, 1)});
    CHECK(h.last<proto::RoundResultsMessage>(2).results.round == 1);
}

TEST_CASE("a decision whose investments add up past Money's range is refused", "[server]") {
    // Found writing the hostile-client tests, confirmed by UBSan under fuzz_room_message: the
    // sum overflowed, and where it wrapped around to 0 it passed the check against cash.
    Harness h;
    const std::string code = h.create(1, quick_room(4, 2));
    h.join(2, code, "Ana");
    h.send(1, proto::Start{});
    Decision d = scripted(0, 1);
    d.invest = {kMax, kMax, 2, 0};
    h.send(2, proto::SubmitDecision{1, d});
    const auto e = h.last_error(2);
    CHECK(e.code == ErrorCode::InvalidDecision);
    CHECK(std::any_of(e.issues.begin(), e.issues.end(),
                      [](const ValidationIssue& i) { return i.field == "invest"; }));
    CHECK_FALSE(h.got<proto::DecisionAck>(2));
    d.invest = {0, 0, 0, 0};
    d.training = std::numeric_limits<Money>::min();
    h.send(2, proto::SubmitDecision{2, d});
    CHECK(h.last_error(2).code == ErrorCode::InvalidDecision);
    CHECK_FALSE(h.got<proto::DecisionAck>(2));
}
