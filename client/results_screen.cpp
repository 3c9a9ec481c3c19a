#include "results_screen.hpp"

#include "concept_names.hpp"
#include "concept_term.hpp"
#include "figures.hpp"
#include "news_chat_panel.hpp"
#include "results_road_fork.hpp"
#include "results_upgrading.hpp"
#include "round_view.hpp"
#include "widgets.hpp"

#include <algorithm>
#include <array>

namespace hr::client {

namespace {

constexpr float kMargin = 10.0f;
constexpr float kTopBarHeight = 68.0f;
constexpr float kMoneyWidth = 400.0f;
constexpr float kCapabilityWidth = 420.0f;
constexpr float kWorkforceHeight = 218.0f;
constexpr float kRoadHeight = 404.0f;

const proto::RoundResults* latest_own_results(const SessionModel& m) {
    for (auto it = m.results.rbegin(); it != m.results.rend(); ++it) {
        if (it->own) {
            return &*it;
        }
    }
    return nullptr;
}

const proto::RoundResults* results_of(const SessionModel& m, int round) {
    for (const proto::RoundResults& r : m.results) {
        if (r.round == round) {
            return &r;
        }
    }
    return nullptr;
}

theme::Rgb sign_colour(double change) {
    return change > 1e-9    ? theme::kRoads.high_road
           : change < -1e-9 ? theme::kRoads.low_road
                            : theme::kTextMuted;
}

// One line of the money table: a label (a concept term when a glossary key is given), the
// volume when it has one, and the amount.
void money_line(const RoundFrame& f, const char* label, const char* glossary, Money amount,
                std::optional<double> volume = std::nullopt, bool bold = false,
                theme::Rgb colour = theme::kText) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    if (bold) {
        ImGui::PushFont(f.fonts.bold);
    }
    if (glossary != nullptr) {
        ui::concept_label(f.tr, label, glossary);
    } else {
        ImGui::TextUnformatted(label);
    }
    ImGui::TableNextColumn();
    if (volume) {
        ui::muted(fixed(*volume, 0, f.lang()));
    }
    ImGui::TableNextColumn();
    const std::string text = money_text(f.tr, amount);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x -
                         ImGui::CalcTextSize(text.c_str()).x);
    ui::coloured(colour, text);
    if (bold) {
        ImGui::PopFont();
    }
}

void table_heading(const RoundFrame& f, const char* text) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::Dummy(ImVec2(0, f.px(2)));
    ImGui::PushFont(f.fonts.bold);
    ui::coloured(theme::kTextMuted, text);
    ImGui::PopFont();
}

// "1.00 → 0.95" with the change coloured.
void before_after(const RoundFrame& f, const char* label, const char* glossary,
                  std::optional<double> before, double after, int decimals) {
    if (glossary != nullptr) {
        ui::concept_label(f.tr, label, glossary);
    } else {
        ImGui::TextUnformatted(label);
    }
    std::string text = fixed(after, decimals, f.lang());
    theme::Rgb colour = theme::kText;
    if (before) {
        text = fixed(*before, decimals, f.lang()) + " \u2192 " + text;
        colour = sign_colour(after - *before);
    }
    ui::right_aligned(text, colour);
}

// The numbers behind a road, one per line with an arrow for the direction.
void verdict_lines(const RoundFrame& f, const RoadVerdict& v) {
    const Translations& tr = f.tr;
    struct Line {
        const char* key;
        double change;
        bool absolute;
    };
    const std::array<Line, 4> lines{
        {{"results.exports_change", v.export_change, false},
         {"results.wages_change", v.wage_change, false},
         {"results.unit_value_change", v.unit_value_change, false},
         {"results.capability_change_line", v.capability_change, true}}};
    for (const Line& line : lines) {
        const std::string value = line.absolute ? signed_fixed(line.change, 2, f.lang())
                                                : signed_percent(line.change, 0, f.lang());
        const char* arrow = line.change > 1e-9    ? "\u2191 "
                            : line.change < -1e-9 ? "\u2193 "
                                                  : "\u2192 ";
        ui::stat_row(tr.text(line.key), arrow + value, sign_colour(line.change));
    }
}

} // namespace

void ResultsScreen::draw_backdrop(ScreenContext& ctx, sf::RenderTarget& target) {
    chain_split_.reset();
    if (const proto::RoundResults* r = latest_own_results(session_.model())) {
        if (r->own->value_chain.final_price > 0) {
            chain_split_ = r->own->value_chain;
        }
    }
    if (!chain_split_) {
        return;
    }
    const float s = ctx.ui_scale();
    chain_panel_.render(target, [&](sf::RenderTarget& t, sf::FloatRect area) {
        chain_.draw(t, *chain_split_, area, s, ctx.tr(), chain_hover_);
    });
}

void ResultsScreen::draw_value_chain(const RoundFrame& f) {
    const Translations& tr = f.tr;
    ui::section(f.fonts, tr("results.value_chain"));
    if (!chain_split_) {
        ui::muted(tr("results.no_sales"));
        return;
    }
    const ImVec2 size(ImGui::GetContentRegionAvail().x, 140.0f * f.scale);
    if (const auto mouse = chain_panel_.show(size)) {
        chain_hover_ = chain_.hit_test(*mouse);
        if (chain_hover_) {
            value_chain_tooltip(tr, *chain_split_, *chain_hover_);
        }
    } else {
        chain_hover_.reset();
    }
}

void ResultsScreen::continue_on(ScreenContext& ctx) {
    const SessionModel& m = session_.model();
    const bool over = m.snapshot && m.snapshot->phase == proto::RoomPhase::Finished;
    ctx.reset_to(over && ctx.can_open(ScreenId::Debrief) ? ScreenId::Debrief : ScreenId::Round);
}

void ResultsScreen::draw_ui(ScreenContext& ctx) {
    const SessionModel& m = session_.model();
    const proto::RoundResults* results = latest_own_results(m);
    const auto frame = make_round_frame(m, nullptr, ctx.tr(), ctx.fonts(), ctx.ui_scale());
    if (results == nullptr || !frame) {
        widgets::begin_card("##results_waiting", 520.0f * ctx.ui_scale());
        widgets::heading(ctx.fonts(), ctx.tr()("results.waiting_title"));
        widgets::muted_wrapped(ctx.tr()("results.waiting"));
        if (widgets::primary_button(ctx.tr()("results.continue_plain"))) {
            continue_on(ctx);
        }
        widgets::end_card();
        return;
    }
    const RoundFrame& f = *frame;
    const FirmResult& own = *results->own;
    const float s = f.scale;
    const float gap = kMargin * s;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(gap, gap));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(gap, gap));
    ImGui::Begin("##results_screen", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoBackground |
                     ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollbar);
    ImGui::PopStyleVar(2);
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    draw_top_bar(ctx, f, *results, ImVec2(avail.x, kTopBarHeight * s));
    const float body = ImGui::GetContentRegionAvail().y;
    const float money = kMoneyWidth * s;
    const float capabilities = kCapabilityWidth * s;
    const float last = avail.x - money - capabilities - 2 * gap;

    draw_money(f, own, ImVec2(money, body));
    ImGui::SameLine();
    draw_capabilities(f, own, ImVec2(capabilities, body));
    ImGui::SameLine();
    ImGui::BeginGroup();
    draw_road(f, *results, ImVec2(last, kRoadHeight * s));
    draw_cluster(f, *results, ImVec2(last, body - kRoadHeight * s - gap));
    ImGui::EndGroup();
    ImGui::End();
}

void ResultsScreen::draw_top_bar(ScreenContext& ctx, const RoundFrame& f,
                                 const proto::RoundResults& r, ImVec2 size) {
    const Translations& tr = f.tr;
    const float s = f.scale;
    ui::begin_card("##results_top", size, s, false);
    ImGui::PushFont(f.fonts.heading);
    ImGui::TextUnformatted(
        tr.format("results.title", {{"round", std::to_string(r.round)}}).c_str());
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + f.px(6));
    ui::muted(f.own().name);
    ImGui::SameLine();
    ui::road_pill(tr, r.own->road.road);

    const SessionModel& m = f.model;
    const bool over = m.snapshot->phase == proto::RoomPhase::Finished;
    const std::string label =
        over ? tr.text("results.to_debrief")
             : tr.format("results.continue", {{"round", std::to_string(m.snapshot->round)}});
    const float width = 300.0f * s;
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - width);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() - f.px(2));
    ImGui::PushFont(f.fonts.bold);
    if (widgets::primary_button(label.c_str(), ImVec2(width, 0))) {
        continue_on(ctx);
    }
    ImGui::PopFont();
    ui::end_card();
}

void ResultsScreen::draw_money(const RoundFrame& f, const FirmResult& r, ImVec2 size) {
    const Translations& tr = f.tr;
    ui::begin_card("##results_money", size, f.scale);
    ui::section(f.fonts, tr("results.money"));
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(f.px(4), f.px(2)));
    if (ImGui::BeginTable("##money", 3, ImGuiTableFlags_SizingFixedFit)) {
        ImGui::TableSetupColumn("##item", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("##volume", ImGuiTableColumnFlags_WidthFixed, f.px(56));
        ImGui::TableSetupColumn("##amount", ImGuiTableColumnFlags_WidthFixed, f.px(96));
        table_heading(f, tr("results.revenue"));
        ImGui::TableNextColumn();
        ui::muted(tr("results.volume_unit"));
        struct Channel {
            const char* key;
            const char* glossary;
        };
        constexpr std::array<Channel, kSalesChannels> channels{{
            {"results.channel.contract", "glossary.subcontracting"},
            {"results.channel.low_end", "glossary.low_end_export"},
            {"results.channel.own_brand", "glossary.own_brand"},
            {"results.channel.adjacent", "glossary.adjacent_sector"},
        }};
        Money revenue = 0;
        for (std::size_t i = 0; i < kSalesChannels; ++i) {
            revenue += r.revenue[i];
            if (r.volume[i] > 0 || r.revenue[i] != 0) {
                money_line(f, tr(channels[i].key), channels[i].glossary, r.revenue[i], r.volume[i]);
            }
        }
        if (r.acquisition_income > 0) {
            money_line(f, tr("results.acquisition_income"), "glossary.governance_hierarchy",
                       r.acquisition_income);
        }
        money_line(f, tr("results.total_revenue"), nullptr, revenue + r.acquisition_income,
                   std::nullopt, true);

        table_heading(f, tr("results.costs"));
        Money investment = 0;
        for (const Money m : r.investment) {
            investment += m;
        }
        const std::array<std::pair<const char*, Money>, 7> costs{{
            {"results.cost.wages", r.wage_bill},
            {"results.cost.inputs", r.input_cost},
            {"results.cost.brand", r.brand_cost},
            {"results.cost.fixed", r.fixed_cost},
            {"results.cost.investment", investment},
            {"results.cost.training", r.training},
            {"results.cost.joint", r.joint_action_shares},
        }};
        for (const auto& [key, amount] : costs) {
            if (amount != 0 || std::string_view(key) == "results.cost.wages") {
                money_line(f, tr(key), nullptr, -amount);
            }
        }
        if (r.grants != 0) {
            money_line(f, tr("results.cost.grants"), "glossary.individual_support", r.grants);
        }
        table_heading(f, tr("results.bottom_line"));
        money_line(f, tr("results.profit"), nullptr, r.profit, std::nullopt, true,
                   r.profit < 0 ? theme::kDanger : theme::kRoads.high_road);
        money_line(f, tr("results.cash_before"), nullptr, r.cash_before);
        money_line(f, tr("results.cash_after"), nullptr, r.cash_after, std::nullopt, true,
                   r.cash_after < 0 ? theme::kDanger : theme::kText);
        ImGui::EndTable();
    }
    ImGui::PopStyleVar();
    if (r.rejected_volume > 0) {
        ui::wrapped(
            theme::kRoads.low_road,
            tr.format("results.rejected", {{"volume", fixed(r.rejected_volume, 1, f.lang())}}));
    }
    if (!r.relocated.empty()) {
        ui::wrapped(theme::kRoads.low_road, tr("results.relocated"));
    }
    if (r.input_discount > 0) {
        ui::muted(tr.format("results.input_discount",
                            {{"share", percent(r.input_discount, 0, f.lang())}}));
    }
    if (r.label_premium > 0) {
        ui::muted(
            tr.format("results.label_premium", {{"share", percent(r.label_premium, 0, f.lang())}}));
    }
    if (r.went_bankrupt) {
        ui::wrapped(theme::kDanger, tr("results.bankrupt"));
    }
    draw_value_chain(f);
    ui::end_card();
}

void ResultsScreen::draw_capabilities(const RoundFrame& f, const FirmResult& r, ImVec2 size) {
    const Translations& tr = f.tr;
    const float gap = kMargin * f.scale;
    ImGui::BeginGroup();
    ui::begin_card("##results_capabilities",
                   ImVec2(size.x, size.y - kWorkforceHeight * f.scale - gap), f.scale);
    ui::section(f.fonts, tr("results.capabilities"), tr, "glossary.capacity_to_upgrade");
    draw_upgrade_breakdown(f, r);
    ui::end_card();

    ui::begin_card("##results_workforce", ImVec2(size.x, kWorkforceHeight * f.scale), f.scale);
    ui::section(f.fonts, tr("results.workforce"));
    // The workforce before the round: last round's record, or the scenario's starting firm.
    const FirmRecord* previous = nullptr;
    for (const FirmRecord& rec : f.model.own_history) {
        if (rec.round == r.record.round - 1) {
            previous = &rec;
        }
    }
    std::optional<double> wage_before;
    std::optional<double> skill_before;
    std::optional<double> employment_before;
    if (previous != nullptr) {
        wage_before = previous->wage;
        skill_before = previous->skill;
        employment_before = previous->employment;
    } else if (!f.scenario().firms.empty()) {
        const StartingFirm& start = f.scenario().firms[f.firm % f.scenario().firms.size()];
        wage_before = start.wage;
        skill_before = start.skill;
    }
    before_after(f, tr("results.wage_level"), "glossary.wage", wage_before, r.workforce.wage, 2);
    before_after(f, tr("dashboard.skill"), "glossary.absorptive_capacity", skill_before,
                 r.workforce.skill, 2);
    before_after(f, tr("dashboard.employment"), nullptr, employment_before, r.workforce.employment,
                 0);
    if (r.laid_off > 0.5) {
        ui::coloured(theme::kRoads.low_road,
                     tr.format("results.laid_off", {{"count", fixed(r.laid_off, 0, f.lang())}}));
    }
    ui::stat_row(tr.text("results.unit_cost"),
                 tr.format("round.price_per_unit", {{"price", fixed(r.unit_cost, 2, f.lang())}}));
    ui::end_card();
    ImGui::EndGroup();
}

void ResultsScreen::draw_road(const RoundFrame& f, const proto::RoundResults& r, ImVec2 size) {
    const Translations& tr = f.tr;
    const RoadVerdict& v = r.own->road;
    ui::begin_card("##results_road", size, f.scale);
    ui::section(f.fonts, tr("results.road_title"));
    draw_road_fork(tr, ImVec2(ImGui::GetContentRegionAvail().x, 132.0f * f.scale), v.road,
                   r.cluster_road.road, f.scale);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(f.px(8), f.px(3)));
    ui::muted(tr("results.fork_legend"));
    verdict_lines(f, v);
    ImGui::Dummy(ImVec2(0, f.px(2)));
    const bool high = v.road == Road::HighRoad;
    const bool low = v.road == Road::LowRoad || v.road == Road::Downgrading;
    ui::wrapped(high ? theme::kRoads.high_road : theme::kTextMuted, tr("results.high_leads"));
    ui::wrapped(low ? theme::kRoads.low_road : theme::kTextMuted, tr("results.low_leads"));
    ImGui::PopStyleVar();
    ui::end_card();
}

void ResultsScreen::draw_cluster(const RoundFrame& f, const proto::RoundResults& r, ImVec2 size) {
    const Translations& tr = f.tr;
    const ClusterRecord& c = r.cluster;
    const proto::RoundResults* before = results_of(f.model, r.round - 1);
    ui::begin_card("##results_cluster", size, f.scale);
    ui::section(f.fonts, tr("results.cluster_title"), tr, "glossary.cluster");
    ui::road_pill(tr, r.cluster_road.road);
    ImGui::SameLine();
    ui::muted(road_numbers(tr, r.cluster_road));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(f.px(8), f.px(3)));
    const auto row = [&](const char* label, const char* glossary, double value, double previous,
                         int decimals) {
        before_after(f, label, glossary,
                     before != nullptr ? std::optional<double>(previous) : std::nullopt, value,
                     decimals);
    };
    const ClusterRecord p = before != nullptr ? before->cluster : ClusterRecord{};
    row(tr("results.avg_wage"), "glossary.wage", c.avg_wage, p.avg_wage, 2);
    row(tr("results.employment"), nullptr, c.employment, p.employment, 0);
    row(tr("results.exports"), nullptr, c.exports, p.exports, 0);
    row(tr("results.unit_value"), "glossary.unit_value", c.unit_value, p.unit_value, 2);
    row(tr("results.value_added"), "glossary.value_added", c.value_added_per_worker,
        p.value_added_per_worker, 1);
    row(tr("results.share_of_price"), "glossary.value_chain_share",
        c.cluster_share_of_price * 100.0, p.cluster_share_of_price * 100.0, 0);
    row(tr("results.skill_pool"), "glossary.skill_pool", c.skill_pool, p.skill_pool, 2);
    ui::stat_row(tr.text("results.active_firms"), std::to_string(c.active_firms));
    ImGui::PopStyleVar();
    ui::section(f.fonts, tr("results.events"));
    draw_round_news(f, r);
    if (r.events.empty() && r.news.empty()) {
        ui::muted(tr("news.quiet"));
    }
    ui::end_card();
}

} // namespace hr::client
