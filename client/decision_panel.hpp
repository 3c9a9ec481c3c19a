#pragma once
// The decision of the open round: the levers (wage change, investment in each kind of upgrading
// and in training, the sales channels), checked live by the core's validate() on the shadow state
// with each problem shown next to its field, the cost preview (preview_cost), and the submit bar
// with the server's answer. Offers are accepted in the offers panel, on the same draft; joint
// actions go to the server as board requests, not as part of the decision.
#include "round_view.hpp"

#include "core/rules.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace hr::client {

class DecisionPanel {
  public:
    // Once a frame before drawing: a fresh draft when a round opens, then the rules' verdict and
    // the cost of the draft as it stands.
    void prepare(const RoundFrame& f);

    void draw_levers(const RoundFrame& f);
    void draw_submit_bar(const RoundFrame& f, SessionActions& session);

    Decision& draft() { return draft_; }
    const std::vector<ValidationIssue>& issues() const { return issues_; }
    const DecisionCost& cost() const { return cost_; }
    // The draft went to the server and the server took it.
    bool acknowledged(const SessionModel& model) const;

  private:
    void start_round(const RoundFrame& f);
    void draw_wages(const RoundFrame& f);
    void draw_investment(const RoundFrame& f);
    void draw_sales(const RoundFrame& f);
    void draw_own_brand(const RoundFrame& f);
    void draw_adjacent(const RoundFrame& f);
    void draw_status(const RoundFrame& f);

    Decision draft_;
    int draft_round_ = 0;
    std::vector<ValidationIssue> issues_;
    DecisionCost cost_;
    std::optional<Decision> sent_; // the last decision submitted this round
    std::uint32_t sent_seq_ = 0;
};

// Problems with `field` as red lines under it (the server's last refusal included).
void draw_field_issues(const Translations& tr, const std::vector<ValidationIssue>& issues,
                       std::string_view field);

} // namespace hr::client
