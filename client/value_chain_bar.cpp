#include "value_chain_bar.hpp"

#include "canvas.hpp"
#include "figures.hpp"
#include "theme.hpp"

#include <algorithm>
#include <array>
#include <imgui.h>
#include <string>

namespace hr::client {

namespace {

constexpr float kNameSize = 12.0f;
constexpr float kStageLabelGap = 6.0f;

constexpr std::array<std::string_view, kChainStages> kStageKeys{
    "chain.stage.design",    "chain.stage.inputs",       "chain.stage.production",
    "chain.stage.marketing", "chain.stage.distribution", "chain.stage.retail"};
constexpr std::array<std::string_view, kChainStages> kStageTips{
    "chain.stage_tip.design",    "chain.stage_tip.inputs",       "chain.stage_tip.production",
    "chain.stage_tip.marketing", "chain.stage_tip.distribution", "chain.stage_tip.retail"};
constexpr std::array<std::string_view, 4> kCaptorKeys{"chain.captor.firm",
                                                      "chain.captor.cluster_supplier",
                                                      "chain.captor.buyer", "chain.captor.outside"};

constexpr std::array<theme::Rgb, 4> kCaptorColours{{
    theme::kHighlight,  // the firm: the same gold that marks the player's own firm
    {0x3F, 0xA7, 0x96}, // cluster suppliers: teal
    {0x8A, 0x63, 0xB8}, // the buyer: violet
    {0x4A, 0x52, 0x63}, // outside suppliers: slate
}};

double total_share(const ValueChainSplit& split) {
    double total = 0;
    for (double s : split.share) {
        total += std::max(0.0, s);
    }
    return total;
}

} // namespace

sf::Color captor_colour(Captor captor) {
    return theme::to_sf(kCaptorColours[static_cast<std::size_t>(captor)]);
}

void ValueChainBar::draw(sf::RenderTarget& target, const ValueChainSplit& split, sf::FloatRect area,
                         float scale, const Translations& tr, std::optional<ChainStage> hovered) {
    segments_.fill({});
    Canvas c(target, scale);
    const Language lang = tr.language();
    const float pad = c.px(4);
    const float left = area.left + pad;
    const float width = area.width - 2 * pad;
    const double total = total_share(split);
    if (total <= 0) {
        c.text(tr.text("chain.empty"), {area.left + area.width / 2, area.top + area.height / 2},
               {13, theme::to_sf(theme::kTextMuted), FontFace::Regular, HAlign::Centre,
                VAlign::Middle});
        return;
    }

    // Stage widths, with a small gap between segments.
    const float gap = c.px(3);
    std::size_t shown = 0;
    for (double s : split.share) {
        shown += s > 0 ? 1 : 0;
    }
    const float usable = width - gap * static_cast<float>(shown > 0 ? shown - 1 : 0);
    std::array<float, kChainStages> widths{};
    for (std::size_t i = 0; i < kChainStages; ++i) {
        widths[i] = static_cast<float>(std::max(0.0, split.share[i]) / total) * usable;
    }

    // Stage names above the bar: one row when they all fit, two staggered rows otherwise.
    std::array<std::string, kChainStages> names;
    bool one_row = true;
    for (std::size_t i = 0; i < kChainStages; ++i) {
        names[i] = tr.text(kStageKeys[i]);
        if (widths[i] > 0 && c.measure(names[i], kNameSize, FontFace::Regular).x > widths[i]) {
            one_row = false;
        }
    }
    const float name_row = c.px(kNameSize + kStageLabelGap);
    const float names_h = one_row ? name_row : 2 * name_row;
    // The foot (shares kept, legend) sits at the bottom; the bar takes the height between.
    const float number_size = 18;
    const float foot_h = c.px(number_size + 6 + kNameSize + 2);
    const float foot = area.top + area.height - pad - foot_h;
    const float bar_top = area.top + pad + names_h + c.px(4);
    const float strip_h = c.px(6);
    const float bar_h =
        std::clamp(foot - c.px(10) - strip_h - c.px(5) - bar_top, c.px(20), c.px(34));
    const float strip_top = bar_top + bar_h + c.px(5);

    float x = left;
    std::size_t drawn = 0;
    std::size_t row_index = 0;
    for (std::size_t i = 0; i < kChainStages; ++i) {
        if (widths[i] <= 0) {
            segments_[i] = {x, bar_top, 0, bar_h};
            continue;
        }
        const sf::FloatRect seg(x, bar_top, widths[i], bar_h);
        segments_[i] = seg;
        const sf::Color fill = captor_colour(split.captor[i]);
        const bool first = drawn == 0;
        const bool last = drawn + 1 == shown;
        const float radius = c.px(8);
        if (first || last) {
            c.rounded_rect(seg, radius, fill);
            // Square the inner side again.
            if (!(first && last)) {
                float half = seg.width / 2;
                c.rect({first ? seg.left + half : seg.left, seg.top, half, seg.height}, fill);
            }
        } else {
            c.rect(seg, fill);
        }
        if (hovered && static_cast<std::size_t>(*hovered) == i) {
            c.rect({seg.left, seg.top + seg.height - c.px(3), seg.width, c.px(3)},
                   theme::to_sf(theme::kText));
        }

        // The share inside the segment, dark on light fills and light on dark ones.
        const bool light =
            theme::lightness(kCaptorColours[static_cast<std::size_t>(split.captor[i])]) > 60;
        const sf::Color ink = light ? theme::to_sf(theme::kBackground) : theme::to_sf(theme::kText);
        std::string share = percent(split.share[i], 0, lang);
        for (float size : {14.0f, 11.0f}) {
            if (c.measure(share, size, FontFace::Bold).x + c.px(6) <= seg.width) {
                c.text(share, {seg.left + seg.width / 2, seg.top + seg.height / 2},
                       {size, ink, FontFace::Bold, HAlign::Centre, VAlign::Middle});
                break;
            }
        }

        // The stage's name, centred over it (kept inside the bar's ends).
        const float name_w = c.measure(names[i], kNameSize, FontFace::Regular).x;
        float name_x =
            std::clamp(seg.left + seg.width / 2, left + name_w / 2, left + width - name_w / 2);
        float row_y = area.top + pad;
        if (!one_row && row_index % 2 == 1) {
            row_y += name_row;
        }
        bool is_hovered = hovered && static_cast<std::size_t>(*hovered) == i;
        c.text(names[i], {name_x, row_y},
               {kNameSize, theme::to_sf(is_hovered ? theme::kText : theme::kTextMuted),
                FontFace::Regular, HAlign::Centre, VAlign::Top});
        if (!one_row) {
            // A tick from the name down to its segment.
            float tick_top = row_y + c.px(kNameSize) + c.px(2);
            c.line({seg.left + seg.width / 2, tick_top}, {seg.left + seg.width / 2, bar_top},
                   c.px(1), theme::to_sf(theme::kBorder));
        }

        // Under the segment: the part the firm keeps (gold) and the rest kept in the cluster.
        const double s = std::max(1e-9, split.share[i]);
        const float firm_w =
            seg.width * static_cast<float>(std::clamp(split.firm_part[i] / s, 0.0, 1.0));
        const float cluster_w =
            seg.width * static_cast<float>(
                            std::clamp((split.cluster_part[i] - split.firm_part[i]) / s, 0.0, 1.0));
        c.rect({seg.left, strip_top, seg.width, strip_h}, theme::to_sf(theme::kField));
        c.rect({seg.left, strip_top, firm_w, strip_h}, captor_colour(Captor::Firm));
        c.rect({seg.left + firm_w, strip_top, cluster_w, strip_h},
               captor_colour(Captor::ClusterSupplier));

        x += widths[i] + gap;
        ++drawn;
        ++row_index;
    }

    // Who is who, and what the firm and the cluster keep of the final price.
    std::string firm_value = percent(split.firm_share(), 0, lang);
    std::string cluster_value = percent(split.cluster_share(), 0, lang);
    std::string firm_label = tr.text("chain.firm_keeps");
    std::string cluster_label = tr.text("chain.cluster_keeps");
    float right = left + width;
    float number_w = c.measure(cluster_value, number_size, FontFace::Bold).x;
    float label_w = c.measure(cluster_label, kNameSize, FontFace::Regular).x;
    float cluster_x = right - std::max(number_w, label_w);
    c.text(cluster_value, {right, foot},
           {number_size, captor_colour(Captor::ClusterSupplier), FontFace::Bold, HAlign::Right,
            VAlign::Top});
    c.text(cluster_label, {right, foot + c.px(number_size + 6)},
           {kNameSize, theme::to_sf(theme::kTextMuted), FontFace::Regular, HAlign::Right,
            VAlign::Top});
    float firm_right = cluster_x - c.px(22);
    float firm_w = std::max(c.measure(firm_value, number_size, FontFace::Bold).x,
                            c.measure(firm_label, kNameSize, FontFace::Regular).x);
    c.text(firm_value, {firm_right, foot},
           {number_size, captor_colour(Captor::Firm), FontFace::Bold, HAlign::Right, VAlign::Top});
    c.text(firm_label, {firm_right, foot + c.px(number_size + 6)},
           {kNameSize, theme::to_sf(theme::kTextMuted), FontFace::Regular, HAlign::Right,
            VAlign::Top});

    // The legend names the captors of this split, in the room left of the shares; where it
    // does not fit, the stages' tooltips still name them.
    std::vector<LegendItem> legend;
    for (std::size_t k = 0; k < kCaptorKeys.size(); ++k) {
        bool present = false;
        for (std::size_t i = 0; i < kChainStages; ++i) {
            present =
                present || (split.share[i] > 0 && static_cast<std::size_t>(split.captor[i]) == k);
        }
        if (!present) {
            continue;
        }
        auto colour = theme::to_sf(kCaptorColours[k]);
        legend.push_back(
            {[colour](Canvas& cv, sf::FloatRect r) { cv.rounded_rect(r, cv.px(3), colour); },
             tr.text(kCaptorKeys[k])});
    }
    const float legend_w = firm_right - firm_w - c.px(24) - left;
    for (float size : {12.0f, 11.0f}) {
        if (draw_legend(c, legend, {left, foot}, legend_w, size, false).y <= foot_h + c.px(4)) {
            draw_legend(c, legend, {left, foot}, legend_w, size);
            break;
        }
    }
}

std::optional<ChainStage> ValueChainBar::hit_test(sf::Vector2f point) const {
    for (std::size_t i = 0; i < kChainStages; ++i) {
        const sf::FloatRect& seg = segments_[i];
        // The name row above and the strip below belong to the stage too.
        sf::FloatRect reach(seg.left, seg.top - seg.height, seg.width, seg.height * 2.6f);
        if (seg.width > 0 && reach.contains(point)) {
            return static_cast<ChainStage>(i);
        }
    }
    return std::nullopt;
}

void value_chain_tooltip(const Translations& tr, const ValueChainSplit& split, ChainStage stage) {
    const Language lang = tr.language();
    const auto i = static_cast<std::size_t>(stage);
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24);
    ImGui::TextUnformatted(tr(kStageKeys[i]));
    ImGui::TextDisabled("%s", tr(kStageTips[i]));
    ImGui::TextUnformatted(
        tr.format("chain.tip.share", {{"share", percent(split.share[i], 1, lang)}}).c_str());
    ImGui::TextUnformatted(
        tr.format("chain.tip.captor",
                  {{"captor", tr.text(kCaptorKeys[static_cast<std::size_t>(split.captor[i])])}})
            .c_str());
    ImGui::TextUnformatted(
        tr.format("chain.tip.parts", {{"firm", percent(split.firm_part[i], 1, lang)},
                                      {"cluster", percent(split.cluster_part[i], 1, lang)}})
            .c_str());
    if (split.final_price > 0) {
        ImGui::TextDisabled(
            "%s",
            tr.format("chain.tip.final_price",
                      {{"price", fixed(static_cast<double>(split.final_price) / 1000.0, 2, lang)}})
                .c_str());
    }
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

} // namespace hr::client
