#pragma once
// What happens around the firm: the news of the last round (shocks, bankruptcies, buyers moving
// away, joint actions started or not and why), events announced for this round, what market
// research tells its members, the facilitator's announcements highlighted; and the room's chat.
#include "round_view.hpp"

#include "protocol/limits.hpp"

#include <array>

namespace hr::client {

class NewsChatPanel {
  public:
    void draw_news(const RoundFrame& f);
    void draw_chat(const RoundFrame& f, SessionActions& session);

  private:
    std::array<char, proto::kMaxChatBytes + 1> input_{};
    std::size_t lines_shown_ = 0;
};

// A news line of the round results in the current language.
std::string news_text(const Translations& tr, const Scenario& scenario, const NewsItem& item);
// A scenario event's title and description in the current language (its id when unknown).
std::string event_title(const Translations& tr, const Scenario& scenario, const std::string& id);
std::string event_description(const Translations& tr, const Scenario& scenario,
                              const std::string& id);
// Why a joint action did or did not start this round, in the current language.
std::string joint_outcome_text(const Translations& tr, const JointActionOutcome& outcome);

// The events and news of a round's results, as a list (shared with the results screen).
void draw_round_news(const RoundFrame& f, const proto::RoundResults& results);

} // namespace hr::client
