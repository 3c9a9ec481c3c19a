#pragma once
// The debrief's "What if?" view (issue 9): choose the round to replay from and who plays each
// seat (presets: everyone on the high road, everyone on the low road, only my firm, or seat by
// seat), ask the server, and see the game as played beside the replay: the cluster's indicators,
// each firm's road, and the key differences in words.
#include "canvas_panel.hpp"
#include "core/what_if_summary.hpp"
#include "screen.hpp"
#include "session_model.hpp"
#include "what_if_chart.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hr::client {

class WhatIfView {
  public:
    enum class Preset { HighRoad, LowRoad, OnlyMine, Custom };
    // A custom seat: as played, or one of the archetypes.
    using SeatChoice = std::optional<Archetype>;

    explicit WhatIfView(SessionActions& session) : session_(session) {}

    // In the screen's draw_backdrop: paints the picture when there is a replay to show.
    void render(sf::RenderTarget& target, const Translations& tr, float scale);
    // In the screen's draw_ui: the choices and the differences on the left, the picture on the
    // right. `own` is the viewer's firm, if any.
    void draw(ScreenContext& ctx, const proto::GameOver& over, std::optional<FirmId> own);

    // What the controls set, for tests and screenshots.
    void choose(Preset preset, int from_round);
    void choose_seat(FirmId firm, SeatChoice choice);
    // Sends the request for the current choices (the Replay button).
    void ask();

    Preset preset() const { return preset_; }
    int from_round() const { return from_round_; }
    // The plan the current choices make.
    WhatIfPlan plan() const;
    bool waiting() const { return waiting_.has_value(); }
    // Why the server refused the last request; empty when it did not.
    const std::string& problem() const { return problem_; }
    // The replay on show and its key differences; nothing before the first answer.
    const std::optional<proto::WhatIfResult>& shown() const { return shown_; }
    const WhatIfSummary& summary() const { return summary_; }
    // The differences as the view words them.
    std::vector<std::string> key_differences(const Translations& tr) const;
    const WhatIfChart& chart() const { return chart_; }
    sf::Vector2f chart_origin() const { return panel_.origin(); }

  private:
    void sync(const proto::GameOver& over, std::optional<FirmId> own);
    void draw_choices(ScreenContext& ctx, const proto::GameOver& over);
    void draw_custom(const Translations& tr, const proto::GameOver& over);

    SessionActions& session_;
    Preset preset_ = Preset::HighRoad;
    int from_round_ = 0; // 0 until the game is known: then the middle of the game
    int rounds_ = 0;
    int firms_ = 0;
    std::optional<FirmId> own_;
    Archetype mine_ = Archetype::Upgrader;
    Difficulty difficulty_ = Difficulty::Normal;
    std::vector<SeatChoice> custom_;
    std::uint32_t next_ref_ = 1;
    std::optional<std::uint32_t> waiting_;
    std::string problem_;
    std::optional<proto::WhatIfResult> shown_;
    std::vector<std::string> names_;
    WhatIfChartData data_;
    WhatIfSummary summary_;
    std::uint64_t version_ = 0;
    WhatIfChart chart_;
    CanvasPanel panel_;
    std::optional<WhatIfHit> hover_;
    float scale_ = 1.0f;
};

} // namespace hr::client
