#pragma once
// The results of the round just played (DESIGN §6): what changed and why, itemised. The money
// (revenue by channel, every cost line, profit, cash, who captured the final price), each
// capability's change taken apart, the
// workforce, the road the firm is on drawn as a fork with the numbers behind it and what each
// road leads to, and the cluster's indicators and events. Continue opens the next round.
#include "canvas_panel.hpp"
#include "screen.hpp"
#include "session_model.hpp"
#include "value_chain_bar.hpp"

#include <imgui.h>
#include <optional>

namespace hr::client {

struct RoundFrame;

class ResultsScreen final : public Screen {
  public:
    explicit ResultsScreen(SessionActions& session) : session_(session) {}

    ScreenId id() const override { return ScreenId::Results; }
    void draw_backdrop(ScreenContext& ctx, sf::RenderTarget& target) override;
    void draw_ui(ScreenContext& ctx) override;

  private:
    void draw_top_bar(ScreenContext& ctx, const RoundFrame& f, const proto::RoundResults& r,
                      ImVec2 size);
    void draw_money(const RoundFrame& f, const FirmResult& r, ImVec2 size);
    void draw_capabilities(const RoundFrame& f, const FirmResult& r, ImVec2 size);
    void draw_road(const RoundFrame& f, const proto::RoundResults& r, ImVec2 size);
    void draw_cluster(const RoundFrame& f, const proto::RoundResults& r, ImVec2 size);
    void draw_value_chain(const RoundFrame& f);
    void continue_on(ScreenContext& ctx);

    SessionActions& session_;
    // The value chain of the round's sales, painted in draw_backdrop and shown in the money card.
    ValueChainBar chain_;
    CanvasPanel chain_panel_;
    std::optional<ValueChainSplit> chain_split_;
    std::optional<ChainStage> chain_hover_;
};

} // namespace hr::client
