#pragma once
// The debrief (DESIGN §6, issue 9): where the learning happens. The road map of every firm's
// path, the final scores with their parts, the cluster's path over the rounds, the three research
// questions answered with this game's numbers, and an export of the data for the teacher.
#include "canvas_panel.hpp"
#include "debrief/game_record.hpp"
#include "game_export.hpp"
#include "road_map.hpp"
#include "round_charts.hpp"
#include "screen.hpp"
#include "session_model.hpp"
#include "what_if_view.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string>

namespace hr::client {

class DebriefScreen final : public Screen {
  public:
    enum class Tab { Roads, Scores, Cluster, Questions, WhatIf };

    explicit DebriefScreen(SessionActions& session);
    ScreenId id() const override { return ScreenId::Debrief; }
    void draw_backdrop(ScreenContext& ctx, sf::RenderTarget& target) override;
    void draw_ui(ScreenContext& ctx) override;

    // Opens a tab on the next frame (tests, screenshots, the facilitator's remote).
    void select(Tab tab) { requested_ = tab; }
    Tab tab() const { return tab_; }
    // Shows research question 0, 1 or 2 in the questions tab.
    void select_question(int question) { question_ = question; }
    // What the debrief computed from the session, once the game is over.
    const std::optional<debrief::GameRecord>& record() const { return record_; }
    const debrief::DebriefAnswers& answers() const { return answers_; }
    // The road map as last drawn, where it sits in the window, and what the mouse is over.
    const RoadMap& road_map() const { return road_map_; }
    sf::Vector2f road_map_origin() const { return road_panel_.origin(); }
    const std::optional<RoadMapHit>& road_hover() const { return road_hover_; }
    // The "What if?" tab: replays of the game with bots in chosen seats.
    WhatIfView& what_if() { return what_if_; }
    // Writes the export (CSV tables, game.json, report.html in the language of `tr`, with the
    // last what-if replay beside the game) into `dir`/<room code> now, as the Export button does.
    const ExportOutcome& export_to(const std::filesystem::path& dir, const Translations& tr);

  private:
    void rebuild();
    std::optional<FirmId> own_firm() const;
    void draw_header(ScreenContext& ctx);
    void draw_export_popup(ScreenContext& ctx);
    void draw_roads(ScreenContext& ctx);
    void draw_cluster(ScreenContext& ctx);
    void draw_questions(ScreenContext& ctx);

    SessionActions& session_;
    WhatIfView what_if_;
    std::optional<std::uint64_t> built_hash_;
    std::size_t built_results_ = 0;
    std::optional<debrief::GameRecord> record_;
    debrief::DebriefAnswers answers_;
    RoadMapData road_data_;
    RoundChartsData chart_data_;
    RoadMap road_map_;
    RoundCharts charts_;
    CanvasPanel road_panel_;
    CanvasPanel chart_panel_;
    std::optional<RoadMapHit> road_hover_;
    std::optional<ChartHit> chart_hover_;
    Tab tab_ = Tab::Roads;
    std::optional<Tab> requested_;
    int question_ = 0;
    std::array<char, 512> export_dir_{};
    bool open_export_ = false;
    std::optional<ExportOutcome> exported_;
    float scale_ = 1.0f;
};

} // namespace hr::client
