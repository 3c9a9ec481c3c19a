#include "what_if_view.hpp"

#include "concept_names.hpp"
#include "figures.hpp"
#include "theme.hpp"
#include "widgets.hpp"

#include <algorithm>
#include <cmath>
#include <imgui.h>

namespace hr::client {

namespace {

constexpr std::array<std::string_view, 4> kPresetKeys{
    "whatif.preset.high_road", "whatif.preset.low_road", "whatif.preset.only_mine",
    "whatif.preset.custom"};

// Changes smaller than this are not worth a sentence.
constexpr double kNoticeable = 0.01;
constexpr std::size_t kMeasureSentences = 3;
constexpr std::size_t kFirmSentences = 4;

std::string archetype_name(const Translations& tr, Archetype a) {
    return tr.text(info(a).name_key);
}

} // namespace

WhatIfPlan WhatIfView::plan() const {
    WhatIfPlan plan;
    plan.from_round = from_round_;
    const auto everyone = [&](Archetype a) {
        for (int f = 0; f < firms_; ++f) {
            plan.bots.push_back({static_cast<FirmId>(f), {a, difficulty_}});
        }
    };
    switch (preset_) {
    case Preset::HighRoad:
        everyone(Archetype::Upgrader);
        break;
    case Preset::LowRoad:
        everyone(Archetype::LowRoader);
        break;
    case Preset::OnlyMine:
        if (own_) {
            plan.bots.push_back({*own_, {mine_, difficulty_}});
        }
        break;
    case Preset::Custom:
        for (std::size_t f = 0; f < custom_.size(); ++f) {
            if (custom_[f]) {
                plan.bots.push_back({static_cast<FirmId>(f), {*custom_[f], difficulty_}});
            }
        }
        break;
    }
    return plan;
}

void WhatIfView::choose(Preset preset, int from_round) {
    preset_ = preset;
    from_round_ = from_round;
}

void WhatIfView::choose_seat(FirmId firm, SeatChoice choice) {
    if (firm >= custom_.size()) {
        custom_.resize(firm + 1u);
    }
    custom_[firm] = choice;
    preset_ = Preset::Custom;
}

void WhatIfView::ask() {
    // A stale refusal of an earlier request must not be taken for this one's.
    session_.acknowledge_notice();
    problem_.clear();
    waiting_ = next_ref_++;
    session_.send(proto::WhatIfRequest{*waiting_, plan()});
}

void WhatIfView::sync(const proto::GameOver& over, std::optional<FirmId> own) {
    rounds_ = over.rounds_played;
    firms_ = static_cast<int>(over.scores.size());
    own_ = own;
    if (from_round_ == 0 && rounds_ > 0) {
        from_round_ = std::max(1, (rounds_ + 1) / 2);
    }
    from_round_ = std::clamp(from_round_, 1, std::max(1, rounds_));
    if (custom_.size() != over.scores.size()) {
        custom_.resize(over.scores.size());
    }
    names_.clear();
    for (const auto& s : over.scores) {
        names_.push_back(s.name);
    }
    const SessionModel& model = session_.model();
    if (waiting_ && model.last_error &&
        model.last_error->about == static_cast<std::uint16_t>(proto::MessageType::WhatIfRequest)) {
        problem_ = model.last_error->text;
        for (const auto& issue : model.last_error->issues) {
            problem_ += "\n" + issue.message;
        }
        waiting_.reset();
    }
    if (waiting_ && model.what_if && model.what_if->ref == *waiting_) {
        waiting_.reset();
        shown_ = *model.what_if;
        data_ = what_if_chart_data(shown_->plan, shown_->original, shown_->replay, names_, own_);
        summary_ = summarize(shown_->plan, shown_->original, shown_->replay);
        ++version_;
    }
}

void WhatIfView::render(sf::RenderTarget& target, const Translations& tr, float scale) {
    if (!shown_) {
        return;
    }
    PictureKey key;
    key.add(version_).add(static_cast<double>(scale)).add(language_code(tr.language()));
    key.add(static_cast<std::uint64_t>(hover_.has_value()));
    if (hover_) {
        key.add(static_cast<std::uint64_t>(hover_->measure.value_or(99)))
            .add(static_cast<std::uint64_t>(hover_->firm.value_or(0xFFFF)))
            .add(static_cast<std::uint64_t>(hover_->round));
    }
    panel_.render(
        target,
        [&](sf::RenderTarget& t, sf::FloatRect area) {
            chart_.draw(t, data_, area, scale, tr, hover_);
        },
        key.value());
}

std::vector<std::string> WhatIfView::key_differences(const Translations& tr) const {
    std::vector<std::string> lines;
    if (!shown_ || summary_.last_round == 0) {
        return lines;
    }
    const Language lang = tr.language();
    const WhatIfSummary& s = summary_;
    if (s.identical) {
        lines.push_back(tr.text("whatif.words.identical"));
        return lines;
    }
    if (s.original_road == s.replay_road) {
        lines.push_back(
            tr.format("whatif.words.cluster_same", {{"road", concept_name(tr, s.replay_road)},
                                                    {"round", std::to_string(s.last_round)}}));
    } else {
        lines.push_back(tr.format("whatif.words.cluster_changed",
                                  {{"original", concept_name(tr, s.original_road)},
                                   {"replay", concept_name(tr, s.replay_road)},
                                   {"round", std::to_string(s.last_round)}}));
    }
    std::size_t said = 0;
    for (const WhatIfChange& c : s.changes) {
        if (said == kMeasureSentences || std::abs(c.relative) < kNoticeable) {
            break;
        }
        lines.push_back(tr.format("whatif.words.measure",
                                  {{"measure", tr.text(measure_key(c.measure))},
                                   {"replay", format_measure(c.measure, c.replay, lang)},
                                   {"original", format_measure(c.measure, c.original, lang)},
                                   {"change", signed_percent(c.relative, 0, lang)}}));
        ++said;
    }
    int changed = 0;
    for (const WhatIfFirmChange& f : s.firms) {
        const std::string& name = f.firm < names_.size() ? names_[f.firm] : std::string();
        const bool moved =
            f.original_road != f.replay_road || f.original_bankrupt != f.replay_bankrupt;
        if (!moved) {
            continue;
        }
        if (++changed > static_cast<int>(kFirmSentences)) {
            continue;
        }
        if (f.original_bankrupt && !f.replay_bankrupt) {
            lines.push_back(tr.format("whatif.words.firm_saved", {{"firm", name}}));
        } else if (!f.original_bankrupt && f.replay_bankrupt) {
            lines.push_back(tr.format("whatif.words.firm_lost", {{"firm", name}}));
        } else {
            lines.push_back(tr.format("whatif.words.firm_road",
                                      {{"firm", name},
                                       {"original", concept_name(tr, f.original_road)},
                                       {"replay", concept_name(tr, f.replay_road)}}));
        }
    }
    if (changed > static_cast<int>(kFirmSentences)) {
        lines.push_back(
            tr.format("whatif.words.more_firms",
                      {{"count", std::to_string(changed - static_cast<int>(kFirmSentences))}}));
    }
    if (changed == 0) {
        lines.push_back(tr.text("whatif.words.no_firm_changed"));
    }
    if (own_ && *own_ < s.firms.size()) {
        const WhatIfFirmChange& mine = s.firms[*own_];
        lines.push_back(tr.format("whatif.words.own_score",
                                  {{"replay", fixed(mine.replay_score, 0, lang)},
                                   {"original", fixed(mine.original_score, 0, lang)}}));
    }
    if (s.adapted > 0) {
        lines.push_back(tr.format("whatif.words.adapted", {{"count", std::to_string(s.adapted)}}));
    }
    return lines;
}

void WhatIfView::draw_custom(const Translations& tr, const proto::GameOver& over) {
    const std::string as_played = tr.text("whatif.as_played");
    for (std::size_t f = 0; f < over.scores.size(); ++f) {
        ImGui::PushID(static_cast<int>(f));
        const bool mine = own_ == f;
        ImGui::AlignTextToFramePadding();
        if (mine) {
            ImGui::TextColored(theme::to_imvec4(theme::kHighlight), "%s",
                               over.scores[f].name.c_str());
        } else {
            ImGui::TextUnformatted(over.scores[f].name.c_str());
        }
        ImGui::SameLine(ImGui::GetContentRegionAvail().x * 0.48f);
        ImGui::SetNextItemWidth(-1);
        const std::string current = custom_[f] ? archetype_name(tr, *custom_[f]) : as_played;
        if (ImGui::BeginCombo("##seat", current.c_str())) {
            if (ImGui::Selectable(as_played.c_str(), !custom_[f])) {
                custom_[f].reset();
            }
            for (const Archetype a : kAllArchetypes) {
                if (ImGui::Selectable(archetype_name(tr, a).c_str(), custom_[f] == a)) {
                    custom_[f] = a;
                }
                if (ImGui::IsItemHovered()) {
                    widgets::tooltip(tr(info(a).description_key));
                }
            }
            ImGui::EndCombo();
        }
        ImGui::PopID();
    }
}

void WhatIfView::draw_choices(ScreenContext& ctx, const proto::GameOver& over) {
    const Translations& tr = ctx.tr();
    const FontSet& fonts = ctx.fonts();
    widgets::muted_wrapped(tr("whatif.intro"));
    if (ImGui::IsItemHovered()) {
        widgets::tooltip(tr("whatif.intro_more"));
    }
    ImGui::Spacing();
    widgets::field_label(fonts, tr("whatif.from_round"));
    if (ImGui::IsItemHovered()) {
        widgets::tooltip(tr("whatif.from_round_hint"));
    }
    ImGui::SetNextItemWidth(-1);
    ImGui::SliderInt("##from_round", &from_round_, 1, std::max(1, rounds_),
                     tr.format("whatif.round_n", {{"round", "%d"}}).c_str(),
                     ImGuiSliderFlags_AlwaysClamp);
    ImGui::Spacing();
    widgets::field_label(fonts, tr("whatif.who"));
    ImGui::SetNextItemWidth(-1);
    if (ImGui::BeginCombo("##who", tr(kPresetKeys[static_cast<std::size_t>(preset_)]))) {
        for (std::size_t i = 0; i < kPresetKeys.size(); ++i) {
            const auto p = static_cast<Preset>(i);
            const bool usable = p != Preset::OnlyMine || own_.has_value();
            ImGui::BeginDisabled(!usable);
            if (ImGui::Selectable(tr(kPresetKeys[i]), preset_ == p)) {
                preset_ = p;
            }
            ImGui::EndDisabled();
            if (!usable && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
                widgets::tooltip(tr("whatif.only_mine_needs_firm"));
            }
        }
        ImGui::EndCombo();
    }
    if (preset_ == Preset::OnlyMine && own_) {
        ImGui::SetNextItemWidth(-1);
        if (ImGui::BeginCombo("##mine", archetype_name(tr, mine_).c_str())) {
            for (const Archetype a : kAllArchetypes) {
                if (ImGui::Selectable(archetype_name(tr, a).c_str(), mine_ == a)) {
                    mine_ = a;
                }
            }
            ImGui::EndCombo();
        }
    }
    if (preset_ == Preset::Custom) {
        ImGui::BeginChild("##seats", ImVec2(0, std::min(ImGui::GetFrameHeightWithSpacing() *
                                                            static_cast<float>(firms_ + 1),
                                                        ImGui::GetContentRegionAvail().y * 0.45f)));
        draw_custom(tr, over);
        ImGui::EndChild();
    }
    widgets::field_label(fonts, tr("whatif.difficulty"));
    ImGui::SetNextItemWidth(-1);
    if (ImGui::BeginCombo("##difficulty", tr(name_key(difficulty_)))) {
        for (const Difficulty d : kAllDifficulties) {
            if (ImGui::Selectable(tr(name_key(d)), difficulty_ == d)) {
                difficulty_ = d;
            }
        }
        ImGui::EndCombo();
    }
    ImGui::Spacing();
    const bool any_bot = !plan().bots.empty();
    if (widgets::primary_button(tr("whatif.ask"), ImVec2(-1, 0), !waiting_ && any_bot,
                                waiting_ ? tr("whatif.waiting") : tr("whatif.no_bot"))) {
        ask();
    }
    if (waiting_) {
        ImGui::TextDisabled("%s", tr("whatif.waiting"));
    }
    if (!problem_.empty()) {
        widgets::error_wrapped(tr.format("whatif.refused", {{"reason", problem_}}).c_str());
    }
}

void WhatIfView::draw(ScreenContext& ctx, const proto::GameOver& over, std::optional<FirmId> own) {
    sync(over, own);
    scale_ = ctx.ui_scale();
    const Translations& tr = ctx.tr();
    const float left_w = std::max(300.0f * scale_, ImGui::GetContentRegionAvail().x * 0.28f);
    ImGui::BeginChild("##what_if_choices", ImVec2(left_w, 0));
    draw_choices(ctx, over);
    const auto lines = key_differences(tr);
    if (!lines.empty()) {
        ImGui::Spacing();
        widgets::field_label(ctx.fonts(), tr("whatif.differences"));
        ImGui::BeginChild("##what_if_words");
        for (const std::string& line : lines) {
            ImGui::Bullet();
            ImGui::SameLine();
            widgets::text_wrapped(line.c_str());
        }
        ImGui::EndChild();
    }
    ImGui::EndChild();
    ImGui::SameLine(0, ImGui::GetStyle().ItemSpacing.x * 2);
    ImGui::BeginChild("##what_if_picture");
    hover_.reset();
    if (!shown_) {
        widgets::muted_wrapped(tr("whatif.empty"));
    } else {
        const WhatIfPlan& p = shown_->plan;
        ImGui::TextUnformatted(tr.format("whatif.showing", {{"round", std::to_string(p.from_round)},
                                                            {"bots", std::to_string(p.bots.size())},
                                                            {"firms", std::to_string(firms_)}})
                                   .c_str());

        if (auto mouse = panel_.show(ImGui::GetContentRegionAvail())) {
            hover_ = chart_.hit_test(*mouse);
            if (hover_) {
                what_if_tooltip(tr, data_, *hover_);
            }
        }
    }
    ImGui::EndChild();
}

} // namespace hr::client
