#pragma once
// The debrief (DESIGN §6, issue 9): where the learning happens. The road map of every firm's
// path, the final scores with their parts, the cluster's path over the rounds, the three research
// questions answered with this game's numbers, and an export of the data for the teacher.
#include "canvas_panel.hpp"
#include "debrief_answers.hpp"
#include "game_export.hpp"
#include "road_map.hpp"
#include "round_charts.hpp"
#include "screen.hpp"
#include "session_model.hpp"

#include <optional>
#include <string>

namespace hr::client {

class DebriefScreen final : public Screen {
  public:
    explicit DebriefScreen(SessionActions& session);
    ScreenId id() const override { return ScreenId::Debrief; }
    void on_enter(ScreenContext& ctx) override;
    void draw_backdrop(ScreenContext& ctx, sf::RenderTarget& target) override;
    void draw_ui(ScreenContext& ctx) override;

    enum class Tab { Roads, Scores, Cluster, Questions };
    // Opens a tab on the next frame (tests and screenshots).
    void select(Tab tab) { requested_ = tab; }

  private:
    void rebuild(const ScreenContext& ctx);
    void draw_header(ScreenContext& ctx);
    void draw_roads(ScreenContext& ctx);
    void draw_scores(ScreenContext& ctx);
    void draw_cluster(ScreenContext& ctx);
    void draw_questions(ScreenContext& ctx);
    void draw_export(ScreenContext& ctx);

    SessionActions& session_;
    const proto::GameOver* built_for_ = nullptr;
    std::size_t built_results_ = 0;
    std::optional<GameRecord> record_;
    DebriefAnswers answers_;
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
    std::string export_dir_;
    std::optional<ExportOutcome> exported_;
    float scale_ = 1.0f;
};

} // namespace hr::client
