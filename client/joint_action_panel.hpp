#pragma once
// The joint-action board of the open round: every action (running, waiting for members and
// money, proposed this round, vetoed) with its members and its funding (the members' pledges
// against the cost left after public co-financing), and the requests a player sends the server:
// propose a new one, join one with the most it will pay a round, leave one.
#include "round_view.hpp"

#include <map>
#include <optional>

namespace hr::client {

class JointActionPanel {
  public:
    void draw(const RoundFrame& f, SessionActions& session);
    // How many actions are on the board, for the tab's label.
    static std::size_t count(const SessionModel& model, int round);

  private:
    void draw_action(const RoundFrame& f, SessionActions& session,
                     const proto::PublicJointAction& a);
    void draw_proposal_form(const RoundFrame& f, SessionActions& session);
    void draw_last_error(const RoundFrame& f);
    void sent(const SessionModel& model);

    std::map<JointActionId, int> share_k_; // the most the player will pay, in k$, per action
    int propose_index_ = 0;
    int propose_share_k_ = 0;
    bool awaiting_ = false; // a request went out: its refusal, if any, is shown
    std::optional<proto::Error> error_before_;
};

// The board as the player sees it now: live when the server sent one for this round.
const std::vector<proto::PublicJointAction>& board_now(const SessionModel& model, int round);

// The cost a round that members share, after the public part (service centre, co-financing).
Money members_cost(const Scenario& scenario, const PolicySettings& policy,
                   const proto::PublicJointAction& action);

} // namespace hr::client
